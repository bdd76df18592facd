using Hotline.Domain.Access;
using Hotline.Services.Common;
using Hotline.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Hotline.Web.ViewComponents;

/// <summary>
/// The layout's banner for supervisors and administrators: from December on, while next year's holiday
/// schedule is missing, deadlines running into January would count plain weeks. Administrators get a link to fix it.
/// Whether it is missing comes from the layout's one badge query.
/// </summary>
public sealed class NextYearCalendarWarningViewComponent(LayoutBadges badges, CurrentUser user, HotlineClock clock) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var isAdmin = user.IsIn(Role.Admin);
        if (!isAdmin && !user.IsIn(Role.Supervisor))
        {
            return Content(string.Empty);
        }

        if (!(await badges.GetAsync(HttpContext.RequestAborted)).NextYearCalendarMissing)
        {
            return Content(string.Empty);
        }

        return View(new NextYearCalendarWarning(clock.LocalToday.Year + 1, isAdmin));
    }
}
