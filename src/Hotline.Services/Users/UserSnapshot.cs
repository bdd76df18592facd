using Hotline.Domain.Access;
using Hotline.Services.Audit;
using Hotline.Services.Data;

namespace Hotline.Services.Users;

/// <summary>An account as the audit log records it: never a password or its hash.</summary>
public sealed record UserSnapshot(string DisplayName, IReadOnlyList<Role> Roles, int? UnitId, bool IsActive, bool Locked, bool MustChangePassword) : IAuditSnapshot
{
    public static UserSnapshot Of(HotlineUser user, IEnumerable<Role> roles, DateTimeOffset now) =>
        new(user.DisplayName, roles.Order().ToList(), user.UnitId, user.IsActive, user.LockoutEnd is { } end && end > now, user.MustChangePassword);
}
