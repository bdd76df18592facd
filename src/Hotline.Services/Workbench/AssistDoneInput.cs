namespace Hotline.Services.Workbench;

/// <summary>An assisting unit's "our part is done", with an optional note.</summary>
public sealed class AssistDoneInput
{
    public string? Note { get; set; }

    public uint Version { get; set; }
}
