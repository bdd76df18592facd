using Hotline.Domain.Access;
using Hotline.Domain.Common;
using Hotline.Services.Common;
using Hotline.Services.Data;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Users;

/// <summary>Reads of the accounts for the administrator: the paged list and one account's form.</summary>
public sealed class UserDirectory(HotlineDbContext db, HotlineClock clock)
{
    public const int PageSize = 50;

    public async Task<PagedList<UserRow>> ListAsync(UserFilter filter, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var users = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            var pattern = $"%{Knowledge.KnowledgeService.EscapeLike(filter.Text.Trim())}%";
            users = users.Where(u => EF.Functions.ILike(u.UserName!, pattern, Knowledge.KnowledgeService.LikeEscape)
                || EF.Functions.ILike(u.DisplayName, pattern, Knowledge.KnowledgeService.LikeEscape));
        }

        if (filter.Role is { } role)
        {
            var name = role.ToString();
            users = users.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == name)));
        }

        if (filter.UnitId is { } unit)
        {
            users = users.Where(u => u.UnitId == unit);
        }

        if (filter.Active is { } active)
        {
            users = users.Where(u => u.IsActive == active);
        }

        var page = Limits.ClampPage(filter.Page);
        var now = clock.UtcNow;
        var total = await users.CountAsync(ct);
        var rows = await users.OrderBy(u => u.UserName).Skip((page - 1) * PageSize).Take(PageSize)
            .Select(u => new
            {
                u.Id,
                u.UserName,
                u.DisplayName,
                Roles = db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).ToList(),
                Unit = db.Units.Where(x => x.Id == u.UnitId).Select(x => new LocalizedName(x.NameZh, x.NameEn)).FirstOrDefault(),
                u.IsActive,
                LockedOut = u.LockoutEnd != null && u.LockoutEnd > now,
                u.MustChangePassword,
                u.LastSignInAt,
            })
            .ToListAsync(ct);
        return new PagedList<UserRow>(
            rows.Select(r => new UserRow(r.Id, r.UserName!, r.DisplayName, ParseRoles(r.Roles), r.Unit, r.IsActive, r.LockedOut, r.MustChangePassword, r.LastSignInAt)).ToList(),
            page, PageSize, total);
    }

    public async Task<UserDetail?> GetAsync(string id, CancellationToken ct = default)
    {
        var now = clock.UtcNow;
        var user = await db.Users.AsNoTracking().Where(u => u.Id == id)
            .Select(u => new
            {
                u.Id,
                u.UserName,
                u.DisplayName,
                Roles = db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).ToList(),
                u.UnitId,
                u.IsActive,
                LockedOut = u.LockoutEnd != null && u.LockoutEnd > now,
                u.MustChangePassword,
                u.LastSignInAt,
                u.ConcurrencyStamp,
            })
            .FirstOrDefaultAsync(ct);
        return user is null ? null : new UserDetail(user.Id, user.UserName!, user.DisplayName, ParseRoles(user.Roles), user.UnitId, user.IsActive,
            user.LockedOut, user.MustChangePassword, user.LastSignInAt, user.ConcurrencyStamp ?? string.Empty);
    }

    private static List<Role> ParseRoles(IEnumerable<string?> names) =>
        names.Select(n => Enum.TryParse<Role>(n, out var r) ? r : (Role?)null).OfType<Role>().Order().ToList();
}
