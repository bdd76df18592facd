using Hotline.Domain.Performance;

namespace Hotline.Web.Pages.Dashboards;

/// <summary>A rate on the wall: its counts and its text (— when nothing was measured).</summary>
public sealed record WallRate(long Numerator, long Denominator, string Text)
{
    public static WallRate Of(Rate rate) => new(rate.Numerator, rate.Denominator, DashboardFormat.Percent(rate));
}
