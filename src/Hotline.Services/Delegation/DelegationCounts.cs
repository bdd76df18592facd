using Hotline.Domain.Performance;

namespace Hotline.Services.Delegation;

/// <summary>
/// A unit's delegated work in a period (ADR 0029): as a sub-unit, the parts it was given (by delegation day) and its own
/// clocks met, decided clocks only as in the ranking, how many its parent took back undone (out of the rates) and how
/// often its replies were sent back from review; as a parent, how many it delegated. The parent's own rates count the
/// same tickets under its lead assignment, with its own deadlines (and its own review returns, in the ranking).
/// </summary>
public sealed record DelegationCounts(
    int Received,
    Rate SignedOnTime,
    Rate ContactedOnTime,
    Rate ResolvedOnTime,
    int DelegatedOut)
{
    /// <summary>Parts received that the parent took back before the sub-unit replied: counted as received, not rated.</summary>
    public int TakenBack { get; init; }

    /// <summary>The sub-unit's replies a reviewer sent back (审核退回), on the parts received in the period.</summary>
    public int ReviewReturns { get; init; }

    public static DelegationCounts None { get; } = new(0, default, default, default, 0);
}
