using Hotline.Services.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Hotline.Web.Infrastructure;

/// <summary>
/// Signs staff in by name and password so that an unknown name, a wrong password and a locked account cannot be told
/// apart: each verifies one password hash (an unknown name against a hash made at start-up, a locked account against
/// its own), each is the same refusal, and none answers before <see cref="SignInLimits.RefusalTime"/> has passed (a
/// wrong password also records the failure, which the others do not). Five wrong passwords still lock the account for
/// 15 minutes (Identity's lockout); the sign-in post is also limited per client address (<see cref="SignInLimits"/>).
/// </summary>
public sealed class StaffSignIn(
    SignInManager<HotlineUser> signIn,
    UserManager<HotlineUser> users,
    IPasswordHasher<HotlineUser> hasher,
    TimeProvider time,
    IOptions<SignInLimits> limits,
    ILogger<StaffSignIn> logger)
{
    private static readonly HotlineUser Nobody = new() { UserName = "nobody" };
    private static readonly Lock HashLock = new();
    private static string? _nobodysHash;

    /// <summary>True when signed in; false for every kind of refusal alike.</summary>
    public async Task<bool> SignInAsync(string userName, string password)
    {
        var started = time.GetTimestamp();
        var signedIn = await TryAsync(userName, password);
        var remaining = limits.Value.RefusalTime - time.GetElapsedTime(started);
        if (!signedIn && remaining > TimeSpan.Zero)
        {
            await Task.Delay(remaining, time);
        }

        return signedIn;
    }

    private async Task<bool> TryAsync(string userName, string password)
    {
        var user = await users.FindByNameAsync(userName);
        if (user is null)
        {
            hasher.VerifyHashedPassword(Nobody, NobodysHash(), password);
            logger.LogWarning("Sign-in refused for unknown user {UserName}", userName);
            return false;
        }

        if (await users.IsLockedOutAsync(user))
        {
            hasher.VerifyHashedPassword(user, user.PasswordHash ?? NobodysHash(), password);
            logger.LogWarning("Sign-in refused for {UserName}: the account is locked out after repeated failed sign-ins", userName);
            return false;
        }

        var result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            logger.LogInformation("User {UserName} signed in", userName);
        }
        else if (result.IsLockedOut)
        {
            logger.LogWarning("User {UserName} is locked out after repeated failed sign-ins", userName);
        }
        else
        {
            logger.LogWarning("Sign-in refused for {UserName}: wrong password", userName);
        }

        return result.Succeeded;
    }

    /// <summary>A hash made with the app's own hasher settings, so verifying it costs what verifying a real one does.</summary>
    private string NobodysHash()
    {
        lock (HashLock)
        {
            return _nobodysHash ??= hasher.HashPassword(Nobody, Guid.NewGuid().ToString());
        }
    }
}
