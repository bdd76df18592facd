using Hotline.Domain.Performance;

namespace Hotline.Services.Delegation;

/// <summary>
/// A unit's delegated work in a period (ADR 0029): as a sub-unit, the parts it was given (by delegation day) and its own
/// clocks met, decided clocks only as in the ranking; as a parent, how many it delegated. The parent's own rates count
/// the same tickets under its lead assignment, with its own deadlines.
/// </summary>
public sealed record DelegationCounts(
    int Received,
    Rate SignedOnTime,
    Rate ContactedOnTime,
    Rate ResolvedOnTime,
    int DelegatedOut)
{
    public static DelegationCounts None { get; } = new(0, default, default, default, 0);
}
