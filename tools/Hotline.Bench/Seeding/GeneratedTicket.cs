using Hotline.Domain.Tickets;

namespace Hotline.Bench.Seeding;

/// <summary>A ticket built through the domain's own acts (so its timeline is what the app would have written) and its calls.</summary>
internal sealed record GeneratedTicket(long Id, Ticket Ticket, IReadOnlyList<CallRow> Calls);
