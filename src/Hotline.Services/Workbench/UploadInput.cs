namespace Hotline.Services.Workbench;

/// <summary>A file to attach: its name as uploaded and its bytes (the page has already capped the request size).</summary>
public sealed class UploadInput
{
    public string? FileName { get; set; }

    public byte[] Content { get; set; } = [];

    public uint Version { get; set; }
}
