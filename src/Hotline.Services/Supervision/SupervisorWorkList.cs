using Hotline.Services.Common;

namespace Hotline.Services.Supervision;

/// <summary>The supervisor's work list, section by section, each paged or bounded.</summary>
public sealed record SupervisorWorkList(
    PagedList<WatchedClock> Clocks,
    int OverdueCount,
    PendingDecisions Decisions,
    PagedList<ReopenedTicket> Reopened,
    int ReopenThreshold,
    PagedList<DissatisfiedCallback> Dissatisfied,
    int CallbackDays);
