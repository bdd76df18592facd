using Hotline.Services.Data;
using Hotline.Services.Data.Seed;
using Microsoft.AspNetCore.Identity;

namespace Hotline.Services.Users;

/// <summary>Beyond Identity's length and character rules: a password may not contain the user name, nor be the demo
/// password printed in the README.</summary>
public sealed class PasswordRules : IPasswordValidator<HotlineUser>
{
    public const string ContainsUserName = "PasswordContainsUserName";
    public const string Published = "PasswordIsPublished";

    public Task<IdentityResult> ValidateAsync(UserManager<HotlineUser> manager, HotlineUser user, string? password)
    {
        ArgumentNullException.ThrowIfNull(user);
        var name = user.UserName ?? string.Empty;
        if (name.Length > 0 && password is not null && password.Contains(name, StringComparison.OrdinalIgnoreCase))
        {
            return Task.FromResult(IdentityResult.Failed(new IdentityError { Code = ContainsUserName, Description = "The password contains the user name." }));
        }

        return Task.FromResult(password == DemoUsers.Password
            ? IdentityResult.Failed(new IdentityError { Code = Published, Description = "The demo password is published." })
            : IdentityResult.Success);
    }
}
