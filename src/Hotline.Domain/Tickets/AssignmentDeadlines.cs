namespace Hotline.Domain.Tickets;

/// <summary>The three clocks that start when a unit is given a ticket, computed from the policy in force.</summary>
public sealed record AssignmentDeadlines(DateTimeOffset SignForDueAt, DateTimeOffset FirstContactDueAt, DateTimeOffset ResolveDueAt);
