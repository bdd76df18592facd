using Hotline.Domain.Notifications;
using Hotline.Services.Common;
using Hotline.Services.Data;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Notifications;

/// <summary>
/// In-app notifications. Posting adds rows to the caller's unit of work (the use case saves them in its own
/// transaction, so a notice exists exactly when the act that caused it does). Reading and marking read only
/// ever touch the asking person's own rows.
/// </summary>
public sealed class NotificationService(HotlineDbContext db, HotlineClock clock)
{
    public const int PageSize = 20;

    /// <summary>Notifies every liaison of <paramref name="unitId"/>.</summary>
    public Task NotifyUnitAsync(int unitId, NotificationKind kind, string ticketNumber, string? detail = null, CancellationToken ct = default) =>
        NotifyUnitsAsync([new UnitNotice(unitId, kind, ticketNumber, detail)], ct);

    /// <summary>Notifies the liaisons of each notice's unit, looking the liaisons up in one query.</summary>
    public async Task NotifyUnitsAsync(IReadOnlyCollection<UnitNotice> notices, CancellationToken ct = default)
    {
        if (notices.Count == 0)
        {
            return;
        }

        Notify(await LiaisonsAsync(notices.Select(n => n.UnitId), ct), notices);
    }

    /// <summary>The liaisons of each unit, looked up in one query: read before a transaction takes its locks.</summary>
    public async Task<ILookup<int, string>> LiaisonsAsync(IEnumerable<int> unitIds, CancellationToken ct = default)
    {
        var ids = unitIds.Distinct().ToList();
        return (await db.Users.AsNoTracking()
                .Where(u => u.UnitId != null && ids.Contains(u.UnitId.Value))
                .Select(u => new { u.Id, UnitId = u.UnitId!.Value })
                .ToListAsync(ct))
            .ToLookup(u => u.UnitId, u => u.Id);
    }

    /// <summary>Adds a notification for each liaison of each notice's unit, from liaisons already looked up.</summary>
    public void Notify(ILookup<int, string> liaisons, IReadOnlyCollection<UnitNotice> notices)
    {
        ArgumentNullException.ThrowIfNull(liaisons);
        var now = clock.UtcNow;
        db.Notifications.AddRange(notices.SelectMany(n =>
            liaisons[n.UnitId].Select(user => new Notification(user, n.Kind, n.TicketNumber, n.Detail, now))));
    }

    /// <summary>
    /// The active people holding any of <paramref name="roles"/> (supervisors for an appeal, dispatchers and supervisors for
    /// an objection), at most 200: read before a transaction takes its locks, then told with <see cref="NotifyUser"/>.
    /// </summary>
    public async Task<List<string>> HoldersOfAsync(IReadOnlyCollection<string> roles, CancellationToken ct = default) =>
        await db.Users.AsNoTracking()
            .Where(u => u.IsActive && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && roles.Contains(r.Name!))))
            .Select(u => u.Id).Take(200).ToListAsync(ct);

    public void NotifyUser(string userId, NotificationKind kind, string ticketNumber, string? detail = null) =>
        db.Notifications.Add(new Notification(userId, kind, ticketNumber, detail, clock.UtcNow));

    /// <summary>The person's notifications, newest first.</summary>
    public async Task<PagedList<NotificationItem>> ListAsync(string userId, int page, CancellationToken ct = default)
    {
        var query = db.Notifications.AsNoTracking().Where(n => n.UserId == userId);
        var total = await query.CountAsync(ct);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var items = await query
            .OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(n => new NotificationItem(n.Id, n.Kind, n.TicketNumber, n.Detail, n.CreatedAt, n.ReadAt))
            .ToListAsync(ct);
        return new PagedList<NotificationItem>(items, page, PageSize, total);
    }

    public Task<int> UnreadCountAsync(string userId, CancellationToken ct = default) => Unread(userId).CountAsync(ct);

    /// <summary>The person's unread notifications (the layout counts them in its one badge query).</summary>
    public IQueryable<Notification> Unread(string userId) => db.Notifications.Where(n => n.UserId == userId && n.ReadAt == null);

    /// <summary>Marks one of the person's own notifications read; the ticket it is about, or null when it is not theirs.</summary>
    public async Task<string?> MarkReadAsync(string userId, long id, CancellationToken ct = default)
    {
        var notification = await db.Notifications.SingleOrDefaultAsync(n => n.Id == id && n.UserId == userId, ct);
        if (notification is null)
        {
            return null;
        }

        notification.MarkRead(clock.UtcNow);
        await db.SaveChangesAsync(ct);
        return notification.TicketNumber;
    }

    /// <summary>Marks all the person's unread notifications read; how many were unread.</summary>
    public Task<int> MarkAllReadAsync(string userId, CancellationToken ct = default)
    {
        // One statement however many have piled up; the same as calling MarkRead on each unread row.
        var now = clock.UtcNow;
        return db.Notifications.Where(n => n.UserId == userId && n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), ct);
    }
}
