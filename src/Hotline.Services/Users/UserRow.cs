using Hotline.Domain.Access;
using Hotline.Services.Common;

namespace Hotline.Services.Users;

public sealed record UserRow(string Id, string UserName, string DisplayName, IReadOnlyList<Role> Roles, LocalizedName? Unit,
    bool IsActive, bool IsLockedOut, bool MustChangePassword, DateTimeOffset? LastSignInAt);
