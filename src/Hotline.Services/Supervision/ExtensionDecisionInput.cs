namespace Hotline.Services.Supervision;

/// <summary>A supervisor's decision form on one extension request: the ticket as they saw it and a note (required to reject).</summary>
public sealed class ExtensionDecisionInput
{
    public string Number { get; set; } = string.Empty;

    public long RequestId { get; set; }

    public uint Version { get; set; }

    public string? Note { get; set; }
}
