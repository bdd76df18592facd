using Hotline.Domain.Access;
using Hotline.Services.Dispatch;
using Hotline.Services.Supervision;
using Hotline.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Hotline.Web.ViewComponents;

/// <summary>
/// The nav link to the requests waiting for the signed-in person's decision, with how many wait: return requests
/// for dispatchers, extension requests for supervisors. One indexed count per page, only for those roles.
/// </summary>
public sealed class PendingDecisionsViewComponent(ReturnDecisionService returns, ExtensionDecisionService extensions, CurrentUser user)
    : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var links = new List<PendingDecisionsLink>();
        if (user.IsIn(Role.Dispatcher))
        {
            links.Add(new("/Dispatch/Returns", "Nav.Returns", "nav-returns", await returns.PendingCountAsync(HttpContext.RequestAborted)));
        }

        if (user.IsIn(Role.Supervisor))
        {
            links.Add(new("/Supervision/Extensions", "Nav.Extensions", "nav-extensions", await extensions.PendingCountAsync(HttpContext.RequestAborted)));
        }

        return View(links);
    }
}
