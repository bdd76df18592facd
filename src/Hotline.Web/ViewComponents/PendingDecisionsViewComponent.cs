using Hotline.Domain.Access;
using Hotline.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Hotline.Web.ViewComponents;

/// <summary>
/// The nav link to the requests waiting for the signed-in person's decision, with how many wait: return requests
/// for dispatchers, extension requests, replies in review and appeals for supervisors, dispatch objections for both. The counts come from the layout's one badge query.
/// </summary>
public sealed class PendingDecisionsViewComponent(LayoutBadges badges, CurrentUser user) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var links = new List<PendingDecisionsLink>();
        if (!user.IsIn(Role.Dispatcher) && !user.IsIn(Role.Supervisor))
        {
            return View(links);
        }

        var counts = await badges.GetAsync(HttpContext.RequestAborted);
        if (user.IsIn(Role.Dispatcher))
        {
            links.Add(new("/Dispatch/Returns", "Nav.Returns", "nav-returns", counts.WaitingReturns));
        }

        // Either role arbitrates (ADR 0029): one link for a person who is both.
        links.Add(new("/Dispatch/Objections", "Nav.Objections", "nav-objections", counts.WaitingObjections));

        if (user.IsIn(Role.Supervisor))
        {
            links.Add(new("/Supervision/Extensions", "Nav.Extensions", "nav-extensions", counts.WaitingExtensions));
            links.Add(new("/Review", "Nav.Review", "nav-review", counts.WaitingReviews));
            links.Add(new("/Appeals", "Nav.Appeals", "nav-appeals", counts.WaitingAppeals));
        }

        return View(links);
    }
}
