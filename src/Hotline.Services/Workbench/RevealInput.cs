namespace Hotline.Services.Workbench;

/// <summary>Why the liaison needs a confidential caller's number; recorded in the timeline.</summary>
public sealed class RevealInput
{
    public string? Reason { get; set; }

    public uint Version { get; set; }
}
