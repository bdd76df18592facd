using Hotline.Domain.Tickets;

namespace Hotline.Services.Review;

/// <summary>One step of a ticket's review history: a reply submitted, passed or sent back (with the reason).</summary>
public sealed record ReviewEntry(DateTimeOffset At, TicketAction Action, string ActorName, string? Note);
