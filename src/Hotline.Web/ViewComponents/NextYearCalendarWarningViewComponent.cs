using Hotline.Domain.Access;
using Hotline.Services.Admin;
using Hotline.Services.Common;
using Hotline.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Hotline.Web.ViewComponents;

/// <summary>
/// The layout's banner for supervisors and administrators: from December on, while next year's holiday
/// schedule is missing, deadlines running into January would count plain weeks. Administrators get a link to fix it.
/// </summary>
public sealed class NextYearCalendarWarningViewComponent(
    CalendarAdminService calendar,
    CurrentUser user,
    HotlineClock clock,
    ILogger<NextYearCalendarWarningViewComponent> logger) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var isAdmin = user.IsIn(Role.Admin);
        if (!isAdmin && !user.IsIn(Role.Supervisor))
        {
            return Content(string.Empty);
        }

        bool missing;
        try
        {
            missing = await calendar.NextYearMissingAsync(HttpContext.RequestAborted);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The layout also renders the error page: a banner must not turn a database hiccup into a blank page.
            logger.LogWarning(ex, "Could not check whether next year's working calendar is entered");
            return Content(string.Empty);
        }

        if (!missing)
        {
            return Content(string.Empty);
        }

        return View(new NextYearCalendarWarning(clock.LocalToday.Year + 1, isAdmin));
    }
}
