using Hotline.Domain.Performance;

namespace Hotline.Services.Dashboards;

/// <summary>The wall monitor's figures at <see cref="At"/>: today's load, the open backlog, this month's quality, the latest tickets.</summary>
public sealed record WallSnapshot(
    DateTimeOffset At,
    DateOnly Today,
    long CallsToday,
    Rate AnsweredWithinTarget,
    long TicketsToday,
    long Open,
    long Overdue,
    Rate OnTimeCompletion,
    Rate Satisfaction,
    IReadOnlyList<WallTicket> Latest);
