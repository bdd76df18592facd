using Hotline.Domain.Performance;

namespace Hotline.Services.Dashboards;

/// <summary>
/// The wall monitor's figures at <see cref="At"/>: today's load, the open backlog, this month's quality, the latest
/// tickets, the units with most overdue (<see cref="OverdueUnits"/>, the dispatch queue among them when it has overdue
/// tickets) and the categories surging this week. The telephone figures (queue, 15 s and connect rates) are the platform's, pushed apart (docs/decisions/0025).
/// </summary>
public sealed record WallSnapshot(
    DateTimeOffset At,
    DateOnly Today,
    long CallsToday,
    long TicketsToday,
    long Open,
    long Overdue,
    Rate OnTimeCompletion,
    Rate Satisfaction,
    IReadOnlyList<WallTicket> Latest,
    IReadOnlyList<UnitBacklog> OverdueUnits,
    IReadOnlyList<SurgingCategory> Surges);
