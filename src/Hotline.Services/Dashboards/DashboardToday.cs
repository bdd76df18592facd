using Hotline.Domain.Performance;

namespace Hotline.Services.Dashboards;

/// <summary>
/// Today at a glance (local day) and this month so far. <see cref="AnsweredWithinTarget"/> has no value while no call
/// of the day has a measured answer time; <see cref="AverageHandlingTime"/> is null when nothing was resolved.
/// </summary>
public sealed record DashboardToday(
    DateOnly Today,
    DashboardPeriod Month,
    long Calls,
    IReadOnlyList<long> CallsPerHour,
    Rate AnsweredWithinTarget,
    long TicketsRegistered,
    Rate DirectAnswer,
    Rate DispatchedInTime,
    long Open,
    long Overdue,
    long NearlyDue,
    Rate OnTimeCompletion,
    Rate Satisfaction,
    TimeSpan? AverageHandlingTime,
    long Resolved);
