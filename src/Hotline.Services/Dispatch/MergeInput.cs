namespace Hotline.Services.Dispatch;

public sealed class MergeInput
{
    public string? MasterNumber { get; set; }

    public string? Note { get; set; }

    public uint Version { get; set; }
}
