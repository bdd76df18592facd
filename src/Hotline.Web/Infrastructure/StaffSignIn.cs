using Hotline.Services.Data;
using Hotline.Services.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Hotline.Web.Infrastructure;

/// <summary>
/// Signs staff in by name and password so that an unknown name, a wrong password and a locked or deactivated account
/// cannot be told apart: each verifies one password hash (an unknown name against a hash made at start-up, a refused
/// account against its own), each is recorded in the audit log with its reason and the address, each is the same
/// refusal, and none answers before <see cref="SignInLimits.RefusalTime"/> has passed (a wrong password also records
/// the failure on the account). Five wrong passwords still lock the account for 15 minutes (Identity's lockout); the
/// sign-in post is also limited per client address (<see cref="RateLimits.SignIn"/>).
/// </summary>
public sealed class StaffSignIn(
    SignInManager<HotlineUser> signIn,
    UserManager<HotlineUser> users,
    IPasswordHasher<HotlineUser> hasher,
    AccountService account,
    TimeProvider time,
    IOptions<SignInLimits> limits,
    ILogger<StaffSignIn> logger)
{
    private static readonly HotlineUser Nobody = new() { UserName = "nobody" };
    private static readonly Lock HashLock = new();
    private static string? _nobodysHash;

    /// <summary>True when signed in; false for every kind of refusal alike.</summary>
    public async Task<bool> SignInAsync(string userName, string password, string? address)
    {
        var started = time.GetTimestamp();
        var refusal = await TryAsync(userName, password);
        if (refusal is null)
        {
            logger.LogInformation("User {UserName} signed in", userName);
            await account.RecordSignInAsync(userName);
            return true;
        }

        logger.LogWarning("Sign-in refused for {UserName} from {Address}: {Reason}", userName, address, refusal);
        await account.RecordFailedSignInAsync(userName, refusal.Value, address);
        var remaining = limits.Value.RefusalTime - time.GetElapsedTime(started);
        if (remaining > TimeSpan.Zero)
        {
            await Task.Delay(remaining, time);
        }

        return false;
    }

    /// <summary>Null when signed in, else why not (for the log and the audit trail only).</summary>
    private async Task<SignInRefusal?> TryAsync(string userName, string password)
    {
        var user = await users.FindByNameAsync(userName);
        if (user is null)
        {
            hasher.VerifyHashedPassword(Nobody, NobodysHash(), password);
            return SignInRefusal.UnknownUser;
        }

        // Identity answers these two without looking at the password: look at it anyway.
        var refused = !await signIn.CanSignInAsync(user) ? SignInRefusal.NotAllowed : await users.IsLockedOutAsync(user) ? SignInRefusal.LockedOut : (SignInRefusal?)null;
        if (refused is not null)
        {
            hasher.VerifyHashedPassword(user, user.PasswordHash ?? NobodysHash(), password);
            return refused;
        }

        var result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
        return result.Succeeded ? null : result.IsLockedOut ? SignInRefusal.LockedOut : result.IsNotAllowed ? SignInRefusal.NotAllowed : SignInRefusal.WrongPassword;
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
