namespace Hotline.Services.Workbench;

/// <summary>延期申请: the reason and the proposed resolution deadline (local time).</summary>
public sealed class ExtensionInput
{
    public string? Reason { get; set; }

    public DateTime? ProposedDueAt { get; set; }

    public uint Version { get; set; }
}
