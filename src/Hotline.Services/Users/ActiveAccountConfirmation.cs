using Hotline.Domain.Access;
using Hotline.Services.Data;
using Microsoft.AspNetCore.Identity;

namespace Hotline.Services.Users;

/// <summary>Who may sign in: an active account whose roles and unit satisfy <see cref="AccountRules"/> (the same rule
/// the administrator's form applies). Identity asks before it checks the password (RequireConfirmedAccount).</summary>
public sealed class ActiveAccountConfirmation : IUserConfirmation<HotlineUser>
{
    public async Task<bool> IsConfirmedAsync(UserManager<HotlineUser> manager, HotlineUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        ArgumentNullException.ThrowIfNull(user);
        if (!user.IsActive)
        {
            return false;
        }

        var roles = (await manager.GetRolesAsync(user)).Select(Enum.Parse<Role>).ToList();
        return AccountRules.Check(roles, user.UnitId) is null;
    }
}
