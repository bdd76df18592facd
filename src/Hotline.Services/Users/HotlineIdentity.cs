using Microsoft.AspNetCore.Identity;

namespace Hotline.Services.Users;

/// <summary>The account rules Identity enforces, in one place for the app, the command line and the tests.</summary>
public static class HotlineIdentity
{
    public const int PasswordMinLength = 10;

    public static void Configure(IdentityOptions o)
    {
        ArgumentNullException.ThrowIfNull(o);
        o.Password.RequiredLength = PasswordMinLength;
        o.Lockout.MaxFailedAccessAttempts = 5;
        o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        o.Lockout.AllowedForNewUsers = true;
        o.User.RequireUniqueEmail = false;
        // A deactivated account, or one whose roles break AccountRules, cannot sign in (ActiveAccountConfirmation).
        o.SignIn.RequireConfirmedAccount = true;
    }
}
