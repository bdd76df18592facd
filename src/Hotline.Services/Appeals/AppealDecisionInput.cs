namespace Hotline.Services.Appeals;

/// <summary>A supervisor's decision on one appeal: the ticket as they saw it, the appeal, and a note (required to reject).</summary>
public sealed class AppealDecisionInput
{
    public string Number { get; set; } = string.Empty;

    public long AppealId { get; set; }

    public uint Version { get; set; }

    public string? Note { get; set; }
}
