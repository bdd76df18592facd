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

    /// <summary>A heat cell's shade, 0–1 of the busiest cell, in steps so a little is still visible.</summary>
    public static string Heat(long count, long max) =>
        count == 0 || max == 0 ? "0" : Math.Max(0.08, (double)count / max).ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>Dark cells get light numbers.</summary>
    public static string HeatClass(long count, long max) => max > 0 && count * 2 >= max ? "heat-cell heat-hot" : "heat-cell";
}
