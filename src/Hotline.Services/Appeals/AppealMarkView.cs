using Hotline.Domain.Tickets;

namespace Hotline.Services.Appeals;

/// <summary>
/// One of a unit's marks on a ticket as its workbench shows it: what, since when, until when it may be appealed, and
/// the appeal made of it (status and decision note) if any.
/// </summary>
public sealed record AppealMarkView(
    AppealedMark Mark,
    long FactId,
    DateTimeOffset MarkedAt,
    DateTimeOffset WindowEndsAt,
    RequestStatus? AppealStatus,
    string? DecisionNote)
{
    /// <summary>Whether the unit may appeal it now: not appealed yet and the window still open.</summary>
    public bool CanAppeal(DateTimeOffset now) => AppealStatus is null && now <= WindowEndsAt;
}
