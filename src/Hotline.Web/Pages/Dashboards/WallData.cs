using System.Globalization;
using Hotline.Domain.Performance;
using Hotline.Services.Common;
using Hotline.Services.Dashboards;
using Hotline.Web.Infrastructure;
using Microsoft.Extensions.Localization;

namespace Hotline.Web.Pages.Dashboards;

/// <summary>
/// What the wall's data handler sends: the figures, ready-made texts in the viewer's language, the latest tickets
/// with masked callers, the units with most overdue and the surging categories. Nothing else about a citizen leaves
/// the server.
/// </summary>
public sealed record WallData(
    string At,
    string CallsToday,
    string TicketsToday,
    string Open,
    string Overdue,
    WallRate OnTimeCompletion,
    WallRate Satisfaction,
    IReadOnlyList<WallRow> Latest,
    IReadOnlyList<WallUnit> OverdueUnits,
    IReadOnlyList<WallSurge> Surges)
{
    public static WallData From(WallSnapshot s, HotlineClock clock, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(l);
        return new WallData(
            Local(clock, s.At, "yyyy-MM-dd HH:mm:ss"),
            DashboardFormat.Count(s.CallsToday),
            DashboardFormat.Count(s.TicketsToday),
            DashboardFormat.Count(s.Open),
            DashboardFormat.Count(s.Overdue),
            WallRate.Of(s.OnTimeCompletion),
            WallRate.Of(s.Satisfaction),
            s.Latest.Select(t => new WallRow(t.Number, $"{t.Parent} › {t.Category}", Local(clock, t.RegisteredAt, "MM-dd HH:mm"), t.MaskedPhone,
                l.Enum(t.Status).Value, t.Status.ToString())).ToList(),
            s.OverdueUnits.Select(u => new WallUnit(u.IsPendingDispatch ? l["Dashboard.Backlog.PendingDispatch"].Value : u.Unit?.ToString() ?? string.Empty,
                DashboardFormat.Count(u.Overdue), DashboardFormat.Count(u.Open))).ToList(),
            s.Surges.Select(c => new WallSurge($"{c.Parent} › {c.Name}", c.PeakDay.ToString("MM-dd", CultureInfo.InvariantCulture),
                DashboardFormat.Count(c.PeakCount), c.BaselineMean.ToString("0.0", CultureInfo.InvariantCulture))).ToList());
    }

    private static string Local(HotlineClock clock, DateTimeOffset instant, string format) =>
        clock.ToLocal(instant).ToString(format, CultureInfo.InvariantCulture);
}
