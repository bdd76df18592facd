using Hotline.Domain.Tickets;
using Hotline.Services.Common;

namespace Hotline.Services.Tickets;

public sealed record TimelineEntry(DateTimeOffset At, string ActorName, TicketAction Action, TicketStatus? From, TicketStatus To,
    string? Note, LocalizedName? Unit, int Round);
