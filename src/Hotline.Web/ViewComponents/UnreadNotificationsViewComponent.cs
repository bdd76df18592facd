using Hotline.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Hotline.Web.ViewComponents;

/// <summary>The header's bell: a link to the person's notifications with the number still unread (the layout's one badge query).</summary>
public sealed class UnreadNotificationsViewComponent(LayoutBadges badges, CurrentUser user) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        if (string.IsNullOrEmpty(user.Actor.UserId))
        {
            return Content(string.Empty);
        }

        return View((await badges.GetAsync(HttpContext.RequestAborted)).Unread);
    }
}
