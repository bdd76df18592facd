using Hotline.Domain.Access;

namespace Hotline.Domain.Tickets;

/// <summary>
/// One allowed move. <see cref="From"/> is null for the moves that create a ticket;
/// <see cref="To"/> is null when the ticket goes back to the state it had before a return was requested.
/// </summary>
public sealed record Transition(TicketStatus? From, TicketAction Action, TicketStatus? To, IReadOnlySet<Role> By);
