using Hotline.Domain.Tickets;
using Hotline.Services.Common;

namespace Hotline.Services.Tickets;

/// <summary>
/// One line of the timeline. <paramref name="Choice"/> is the listed choice the act stored beside its note (a
/// <see cref="ContactMethod"/>, <see cref="ReturnReason"/>, <see cref="CancelReason"/>, an extension decision's <see cref="RequestStatus"/> or a callback's
/// <see cref="FollowUp.CallbackResult"/>), shown with its label in the reader's language.
/// </summary>
public sealed record TimelineEntry(DateTimeOffset At, string ActorName, TicketAction Action, TicketStatus? From, TicketStatus To,
    string? Note, LocalizedName? Unit, int Round, Enum? Choice = null)
{
    /// <summary>下派: the parent unit that <see cref="Unit"/>, its sub-unit, acted for; null for any other act.</summary>
    public LocalizedName? ForUnit { get; init; }
}
