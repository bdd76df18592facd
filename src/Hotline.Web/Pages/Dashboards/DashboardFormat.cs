using System.Globalization;
using Hotline.Domain.Performance;

namespace Hotline.Web.Pages.Dashboards;

/// <summary>How the dashboards write numbers: a rate with one decimal, or — when nothing was measured.</summary>
public static class DashboardFormat
{
    public const string None = "—";

    public static string Percent(Rate rate) => Percent(rate.Percent);

    public static string Percent(double? percent) =>
        percent is { } p ? p.ToString("0.0", CultureInfo.InvariantCulture) + "%" : None;

    public static string Count(long count) => count.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>
    /// A heat cell's classes: its shade in tenths of the busiest cell (<c>heat-0</c>…<c>heat-10</c>, so a little is still
    /// visible and no inline style is needed under the CSP), and light numbers on dark cells (<c>heat-hot</c>).
    /// </summary>
    public static string HeatClass(long count, long max)
    {
        var step = count <= 0 || max <= 0 ? 0 : (int)Math.Clamp(Math.Ceiling(count * 10.0 / max), 1, 10);
        return string.Create(CultureInfo.InvariantCulture, $"heat-cell heat-{step}{(max > 0 && count * 2 >= max ? " heat-hot" : "")}");
    }
}
