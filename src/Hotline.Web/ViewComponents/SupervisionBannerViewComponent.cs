using Hotline.Domain.Access;
using Hotline.Services.Supervision;
using Hotline.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Hotline.Web.ViewComponents;

/// <summary>
/// The supervision banner on a ticket's pages (ticket detail, unit workbench): the 督办 flag in force with its note and
/// deadline, the "repeatedly reopened" flag, and for supervisors the way to their action page. One indexed lookup,
/// through the same visibility rule as the page that shows it.
/// </summary>
public sealed class SupervisionBannerViewComponent(SupervisorWorkListService supervision, CurrentUser user) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string number)
    {
        var banner = await supervision.BannerAsync(number, user.Viewer, HttpContext.RequestAborted);
        return View(new SupervisionBannerView(number, banner, user.IsIn(Role.Supervisor)));
    }
}
