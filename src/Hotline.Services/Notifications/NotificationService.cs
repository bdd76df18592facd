using Hotline.Domain.Notifications;
using Hotline.Services.Common;
using Hotline.Services.Data;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Notifications;

/// <summary>
/// In-app notifications. Posting adds rows to the caller's unit of work (the use case saves them in its own
/// transaction, so a notice exists exactly when the act that caused it does).
/// </summary>
public sealed class NotificationService(HotlineDbContext db, HotlineClock clock)
{
    /// <summary>Notifies every liaison of <paramref name="unitId"/>.</summary>
    public async Task NotifyUnitAsync(int unitId, NotificationKind kind, string ticketNumber, string? detail = null, CancellationToken ct = default)
    {
        var liaisons = await db.Users.AsNoTracking().Where(u => u.UnitId == unitId).Select(u => u.Id).ToListAsync(ct);
        var now = clock.UtcNow;
        db.Notifications.AddRange(liaisons.Select(user => new Notification(user, kind, ticketNumber, detail, now)));
    }

    public void NotifyUser(string userId, NotificationKind kind, string ticketNumber, string? detail = null) =>
        db.Notifications.Add(new Notification(userId, kind, ticketNumber, detail, clock.UtcNow));
}
