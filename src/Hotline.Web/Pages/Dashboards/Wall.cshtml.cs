using Hotline.Services.Common;
using Hotline.Services.Dashboards;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Hotline.Web.Pages.Dashboards;

/// <summary>
/// The wall monitor (监控大屏): rendered once with its figures, then wall.js asks <c>?handler=Data</c> every
/// <see cref="RefreshSeconds"/> seconds and rewrites the numbers in place, without reloading the page.
/// </summary>
public sealed class WallModel(WallMonitorService wall, HotlineClock clock, IStringLocalizer<SharedResource> l) : PageModel
{
    public const int RefreshSeconds = 30;

    public WallData Data { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Data = WallData.From(await wall.GetAsync(ct), clock, l);

    public async Task<IActionResult> OnGetDataAsync(CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-store";
        return new JsonResult(WallData.From(await wall.GetAsync(ct), clock, l));
    }
}
