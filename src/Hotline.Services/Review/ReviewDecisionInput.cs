namespace Hotline.Services.Review;

/// <summary>The reviewer's decision on one reply: the ticket as they saw it and a note (required to send back).</summary>
public sealed class ReviewDecisionInput
{
    public string Number { get; set; } = string.Empty;

    public uint Version { get; set; }

    public string? Note { get; set; }
}
