using Hotline.Domain.Tickets;

namespace Hotline.Domain.Performance;

/// <summary>
/// A unit's lead holdings that ended in a period (clock per holder, issue 18 §1): how many, the time held in total,
/// natural and working, and the part of it on tickets that were not the unit's (<see cref="IsMisdispatch"/>), the time
/// lost to misdispatch.
/// </summary>
public sealed record HeldTime(int Holdings, TimeSpan Natural, TimeSpan Working, int Misdispatched, TimeSpan MisdispatchedNatural)
{
    /// <summary>A holding that ended because the ticket was not the unit's: an approved return, an upheld objection.</summary>
    public static bool IsMisdispatch(HoldingEnd end) => end is HoldingEnd.Returned or HoldingEnd.ObjectionUpheld;

    /// <summary>The ends <see cref="IsMisdispatch"/> accepts, for a query.</summary>
    public static IReadOnlyList<HoldingEnd> MisdispatchEnds { get; } = [.. Enum.GetValues<HoldingEnd>().Where(IsMisdispatch)];

    public static HeldTime None { get; } = new(0, TimeSpan.Zero, TimeSpan.Zero, 0, TimeSpan.Zero);

    /// <summary>The average natural time a unit held a ticket; null with no holding.</summary>
    public TimeSpan? AverageNatural => Holdings == 0 ? null : Natural / Holdings;

    /// <summary>The average working time (office hours on working days) a unit held a ticket; null with no holding.</summary>
    public TimeSpan? AverageWorking => Holdings == 0 ? null : Working / Holdings;

    /// <summary>The share of the unit's natural holding time spent on tickets that were not its own; null with none held.</summary>
    public double? LostToMisdispatch => Natural <= TimeSpan.Zero ? null : MisdispatchedNatural / Natural;
}
