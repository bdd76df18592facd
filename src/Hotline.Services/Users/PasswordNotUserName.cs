using Hotline.Services.Data;
using Microsoft.AspNetCore.Identity;

namespace Hotline.Services.Users;

/// <summary>A password may not be the user name, nor contain it.</summary>
public sealed class PasswordNotUserName : IPasswordValidator<HotlineUser>
{
    public const string Code = "PasswordContainsUserName";

    public Task<IdentityResult> ValidateAsync(UserManager<HotlineUser> manager, HotlineUser user, string? password)
    {
        ArgumentNullException.ThrowIfNull(user);
        var name = user.UserName ?? string.Empty;
        return Task.FromResult(name.Length > 0 && password is not null && password.Contains(name, StringComparison.OrdinalIgnoreCase)
            ? IdentityResult.Failed(new IdentityError { Code = Code, Description = "The password contains the user name." })
            : IdentityResult.Success);
    }
}
