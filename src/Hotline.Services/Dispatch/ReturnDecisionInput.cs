namespace Hotline.Services.Dispatch;

/// <summary>The dispatcher's decision form on one return request: the ticket as they saw it and an optional note.</summary>
public sealed class ReturnDecisionInput : Common.IDecisionForm
{
    public string Number { get; set; } = string.Empty;

    public uint Version { get; set; }

    public string? Note { get; set; }
}
