using Hotline.Services.Common;
using Hotline.Services.Notifications;
using Hotline.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hotline.Web.Pages.Notifications;

/// <summary>The signed-in person's notifications, newest first; opening one marks it read and shows its ticket.</summary>
public sealed class IndexModel(NotificationService notifications, CurrentUser user) : PageModel
{
    public PagedList<NotificationItem> Result { get; private set; } = new([], 1, NotificationService.PageSize, 0);

    public int Unread { get; private set; }

    public async Task OnGetAsync(int pageNumber = 1, CancellationToken ct = default)
    {
        Result = await notifications.ListAsync(user.Actor.UserId, pageNumber, ct);
        Unread = await notifications.UnreadCountAsync(user.Actor.UserId, ct);
    }

    /// <summary>Marks one notification read and opens its ticket; someone else's notification is not found.</summary>
    public async Task<IActionResult> OnPostReadAsync(long id, CancellationToken ct)
    {
        // No form sends anything but a number here: a value that does not bind is a tampered request.
        if (!ModelState.IsValid)
        {
            return BadRequest();
        }

        var number = await notifications.MarkReadAsync(user.Actor.UserId, id, ct);
        return number is null ? NotFound() : RedirectToPage("/Tickets/Details", new { number });
    }

    public async Task<IActionResult> OnPostReadAllAsync(int pageNumber = 1, CancellationToken ct = default)
    {
        if (!ModelState.IsValid)
        {
            return BadRequest();
        }

        await notifications.MarkAllReadAsync(user.Actor.UserId, ct);
        return RedirectToPage(new { pageNumber });
    }
}
