using System.Globalization;
using System.Text.Json;
using Hotline.Services.Common;
using Hotline.Services.Dashboards;
using Hotline.Services.Telephony;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hotline.Web.Pages.Dashboards;

/// <summary>The supervisor dashboard: today at a glance, the backlog by unit, 30 days, hot and surging categories.</summary>
public sealed class IndexModel(HotlineDashboardService dashboards, TelephoneFigures phone, Services.Incidents.IncidentService incidents, HotlineClock clock) : PageModel
{
    public SupervisorDashboard Dashboard { get; private set; } = null!;

    /// <summary>Today's telephone figures by hour, from the platform's events.</summary>
    public PhoneDay Phone { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Dashboard = await dashboards.GetAsync(ct);
        Phone = new PhoneDay(await phone.ByHourAsync(DashboardPeriod.Day(clock.LocalToday), ct), await phone.NowAsync(ct));
        Incidents = await WallModel.IncidentRowsAsync(incidents, ct);
        var month = Dashboard.Today.Month;
        IncidentMeasures = await incidents.MeasuresAsync(month.From, month.To.AddDays(1), ct: ct);
    }

    /// <summary>The month's incidents in the measures: calls attached, answer rate, callers called back, time to resolution.</summary>
    public IReadOnlyList<Services.Incidents.IncidentMeasures> IncidentMeasures { get; private set; } = [];

    /// <summary>The running incidents (突发事件), kept current by pushes as on the wall.</summary>
    public IReadOnlyList<IncidentWallRow> Incidents { get; private set; } = [];

    /// <summary>The trend chart's series for dashboard-trend.js; the page's table holds the same figures.</summary>
    public string TrendJson() => JsonSerializer.Serialize(new
    {
        labels = Dashboard.Trend.Select(d => d.Day.ToString("MM-dd", CultureInfo.InvariantCulture)),
        calls = Dashboard.Trend.Select(d => d.Calls),
        tickets = Dashboard.Trend.Select(d => d.Tickets),
        onTime = Dashboard.Trend.Select(d => Round(d.OnTimeCompletion.Percent)),
        satisfaction = Dashboard.Trend.Select(d => Round(d.Satisfaction.Percent)),
    });

    private static double? Round(double? percent) => percent is { } p ? Math.Round(p, 1) : null;
}
