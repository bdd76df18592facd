using Hotline.Services.Common;
using Hotline.Services.Dashboards;
using Hotline.Services.Incidents;
using Hotline.Services.Telephony;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Hotline.Web.Pages.Dashboards;

/// <summary>
/// The wall monitor (监控大屏): rendered once with its figures, then wall.js asks <c>?handler=Data</c> every
/// <see cref="RefreshSeconds"/> seconds and rewrites the numbers in place, without reloading the page.
/// </summary>
public sealed class WallModel(WallMonitorService wall, TelephoneFigures phone, IncidentService incidents, HotlineClock clock, IStringLocalizer<SharedResource> l) : PageModel
{
    public const int RefreshSeconds = 30;

    public WallData Data { get; private set; } = null!;

    /// <summary>The queue and today's telephone rates; pushed to the open screens when the platform's events change them (PhoneWallPush).</summary>
    public PhoneWallData Phone { get; private set; } = null!;

    /// <summary>The running incidents (突发事件) and their attached calls; pushed when they change (IncidentPush).</summary>
    public IReadOnlyList<IncidentWallRow> Incidents { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Data = WallData.From(await wall.GetAsync(ct), clock, l);
        Phone = await PhoneWallAsync(phone, clock, ct);
        Incidents = await IncidentRowsAsync(incidents, ct);
    }

    /// <summary>The incidents' panel as JSON, for the wall's and the dashboard's catch-up after (re)connecting.</summary>
    public async Task<IActionResult> OnGetIncidentsAsync(CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-store";
        return new JsonResult(await IncidentRowsAsync(incidents, ct));
    }

    public static async Task<IReadOnlyList<IncidentWallRow>> IncidentRowsAsync(IncidentService incidents, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(incidents);
        return (await incidents.RunningAsync(ct)).Select(IncidentWallRow.From).ToList();
    }

    public async Task<IActionResult> OnGetPhoneAsync(CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-store";
        return new JsonResult(await PhoneWallAsync(phone, clock, ct));
    }

    public static async Task<PhoneWallData> PhoneWallAsync(TelephoneFigures phone, HotlineClock clock, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(phone);
        ArgumentNullException.ThrowIfNull(clock);
        var queue = await phone.NowAsync(ct);
        var today = await phone.TotalAsync(DashboardPeriod.Day(clock.LocalToday), ct);
        return PhoneWallData.From(queue, today, clock);
    }

    public async Task<IActionResult> OnGetDataAsync(CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-store";
        return new JsonResult(WallData.From(await wall.GetAsync(ct), clock, l));
    }
}
