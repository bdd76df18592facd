using Hotline.Services.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hotline.Services.Users;

/// <summary>
/// Identity's user manager on the app's clock. Identity 10.0 reads <see cref="DateTimeOffset.UtcNow"/> when it locks an
/// account and when it asks whether one is locked (dotnet/aspnetcore#62796; its cookie and security-stamp checks take
/// TimeProvider already): here both read <see cref="TimeProvider"/>, so a lockout starts and ends on the same clock as
/// every deadline, and a test's fake clock moves past it.
/// </summary>
public sealed class HotlineUserManager(
    IUserStore<HotlineUser> store,
    IOptions<IdentityOptions> optionsAccessor,
    IPasswordHasher<HotlineUser> passwordHasher,
    IEnumerable<IUserValidator<HotlineUser>> userValidators,
    IEnumerable<IPasswordValidator<HotlineUser>> passwordValidators,
    ILookupNormalizer keyNormalizer,
    IdentityErrorDescriber errors,
    IServiceProvider services,
    ILogger<UserManager<HotlineUser>> logger,
    TimeProvider time)
    : UserManager<HotlineUser>(store, optionsAccessor, passwordHasher, userValidators, passwordValidators, keyNormalizer, errors, services, logger)
{
    private IUserLockoutStore<HotlineUser> LockoutStore =>
        Store as IUserLockoutStore<HotlineUser> ?? throw new NotSupportedException("The user store does not support lockouts.");

    /// <summary>Locked while the lockout's end is now or later, by the app's clock.</summary>
    public override async Task<bool> IsLockedOutAsync(HotlineUser user)
    {
        ThrowIfDisposed();
        ArgumentNullException.ThrowIfNull(user);
        if (!await LockoutStore.GetLockoutEnabledAsync(user, CancellationToken))
        {
            return false;
        }

        return await LockoutStore.GetLockoutEndDateAsync(user, CancellationToken) >= time.GetUtcNow();
    }

    /// <summary>Counts a failed attempt; the last one allowed locks the account for the lockout time from now, by the app's clock.</summary>
    public override async Task<IdentityResult> AccessFailedAsync(HotlineUser user)
    {
        ThrowIfDisposed();
        ArgumentNullException.ThrowIfNull(user);
        var count = await LockoutStore.IncrementAccessFailedCountAsync(user, CancellationToken);
        if (count >= Options.Lockout.MaxFailedAccessAttempts)
        {
            await LockoutStore.SetLockoutEndDateAsync(user, time.GetUtcNow().Add(Options.Lockout.DefaultLockoutTimeSpan), CancellationToken);
            await LockoutStore.ResetAccessFailedCountAsync(user, CancellationToken);
        }

        return await UpdateUserAsync(user);
    }
}
