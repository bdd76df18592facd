namespace Hotline.Services.Workbench;

/// <summary>签收. <see cref="Version"/> is the ticket version the liaison saw, here and in every workbench form.</summary>
public sealed class SignForInput
{
    public uint Version { get; set; }
}
