using Hotline.Services.Notifications;
using Hotline.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Hotline.Web.ViewComponents;

/// <summary>The header's bell: a link to the person's notifications with the number still unread.</summary>
public sealed class UnreadNotificationsViewComponent(
    NotificationService notifications,
    CurrentUser user,
    ILogger<UnreadNotificationsViewComponent> logger) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var userId = user.Actor.UserId;
        if (string.IsNullOrEmpty(userId))
        {
            return Content(string.Empty);
        }

        int count;
        try
        {
            count = await notifications.UnreadCountAsync(userId, HttpContext.RequestAborted);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The layout also renders the error page: a count must not turn a database hiccup into a blank page.
            logger.LogWarning(ex, "Could not count unread notifications of {UserId}", userId);
            count = 0;
        }

        return View(count);
    }
}
