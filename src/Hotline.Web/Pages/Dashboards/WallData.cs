using System.Globalization;
using Hotline.Domain.Performance;
using Hotline.Services.Common;
using Hotline.Services.Dashboards;
using Hotline.Web.Infrastructure;
using Microsoft.Extensions.Localization;

namespace Hotline.Web.Pages.Dashboards;

/// <summary>
/// What the wall's data handler sends: the figures, ready-made texts in the viewer's language, and the latest tickets
/// with masked callers. Nothing else about a citizen leaves the server.
/// </summary>
public sealed record WallData(
    string At,
    string CallsToday,
    string TicketsToday,
    string Open,
    string Overdue,
    WallRate OnTimeCompletion,
    WallRate Satisfaction,
    IReadOnlyList<WallRow> Latest)
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
                l.Enum(t.Status).Value, t.Status.ToString())).ToList());
    }

    private static string Local(HotlineClock clock, DateTimeOffset instant, string format) =>
        clock.ToLocal(instant).ToString(format, CultureInfo.InvariantCulture);
}
