namespace Hotline.Services.Workbench;

/// <summary>A progress note, or an assisting unit's input.</summary>
public sealed class NoteInput
{
    public string? Text { get; set; }

    public uint Version { get; set; }
}
