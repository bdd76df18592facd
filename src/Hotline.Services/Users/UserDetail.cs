using Hotline.Domain.Access;

namespace Hotline.Services.Users;

public sealed record UserDetail(string Id, string UserName, string DisplayName, IReadOnlyList<Role> Roles, int? UnitId,
    bool IsActive, bool IsLockedOut, bool MustChangePassword, DateTimeOffset? LastSignInAt, string ConcurrencyStamp);
