using Hotline.Domain.Deadlines;
using Hotline.Domain.Performance;
using Hotline.Services.Common;

namespace Hotline.Services.Dashboards;

/// <summary>
/// The instants a measure looks at: the period as <c>[Start, End)</c> (either end open when a drill-down link leaves
/// it out), "now" (a clock still running before its deadline is undecided) and the yellow-warning share.
/// </summary>
public sealed record MeasureWindow(DateTimeOffset? Start, DateTimeOffset? End, DateTimeOffset Now, double WarningShare = DeadlineWarning.DefaultYellowShare)
{
    /// <summary>The period's local dates as instants in the hotline's zone, measured now.</summary>
    public static MeasureWindow For(Period period, HotlineClock clock, double warningShare = DeadlineWarning.DefaultYellowShare)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(clock);
        return new(clock.StartOfLocalDay(period.From), clock.StartOfLocalDay(period.EndExclusive), clock.UtcNow, warningShare);
    }

    /// <summary>Local dates from a link (inclusive, either may be missing) as instants, measured now.</summary>
    public static MeasureWindow For(DateOnly? from, DateOnly? to, HotlineClock clock, double warningShare = DeadlineWarning.DefaultYellowShare)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return new(from is { } f ? clock.StartOfLocalDay(f) : null, to is { } t ? clock.StartOfLocalDay(t.AddDays(1)) : null,
            clock.UtcNow, warningShare);
    }
}
