using Hotline.Domain.Performance;
using Hotline.Services.Common;
using Microsoft.Extensions.Options;

namespace Hotline.Services.Dashboards;

/// <summary>
/// The call hall's wall monitor: a few big numbers and the latest tickets, read every 30 s by every screen on the
/// wall, so it asks only for what it shows (six small queries) and masks every caller.
/// </summary>
public sealed class WallMonitorService(HotlineFigures figures, HotlineClock clock, IOptions<HotlineOptions> options)
{
    public const int LatestCount = 10;

    public async Task<WallSnapshot> GetAsync(CancellationToken ct = default)
    {
        var now = clock.UtcNow;
        var today = DashboardPeriod.Day(clock.LocalToday);
        var month = DashboardPeriod.MonthOf(today.From);

        var calls = await figures.CallsByHourAsync(today, ct);
        var tickets = await figures.TicketsRegisteredAsync(today, ct);
        var backlog = await figures.BacklogAsync(options.Value.WarningShare, ct);
        var onTime = await figures.OnTimeByDayAsync(month, ct);
        var satisfaction = await figures.SatisfactionByDayAsync(month, ct);
        var latest = await figures.LatestTicketsAsync(LatestCount, ct);

        return new WallSnapshot(
            now,
            today.From,
            calls.Sum(c => c.Calls),
            tickets,
            backlog.Sum(b => b.Open),
            backlog.Sum(b => b.Overdue),
            new Rate(onTime.Sum(r => r.Numerator), onTime.Sum(r => r.Denominator)),
            new Rate(satisfaction.Sum(r => r.Numerator), satisfaction.Sum(r => r.Denominator)),
            latest);
    }
}
