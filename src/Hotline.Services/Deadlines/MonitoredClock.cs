using Hotline.Domain.Tickets;

namespace Hotline.Services.Deadlines;

/// <summary>
/// The lead assignment's clocks in the order they run; a deadline notification's detail names one of them.
/// Each clock owns two <see cref="WarningMark"/>s: nearing (yellow) then overdue (red).
/// </summary>
public enum MonitoredClock
{
    SignFor = 0,
    FirstContact = 1,
    Resolve = 2,
}
