using FluentValidation;
using Hotline.Domain.Access;
using Hotline.Services.Audit;
using Hotline.Services.Common;
using Hotline.Services.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Hotline.Services.Users;

/// <summary>
/// The administrator's acts on accounts. Nobody is deleted (their name stays on the timelines they wrote); each act runs
/// in one transaction with its audit entry, under a lock so two administrators cannot together remove the last
/// administrator. Role changes, deactivation and password resets change the security stamp: the person's sessions end.
/// </summary>
public sealed partial class UserAdminService(
    HotlineDbContext db,
    UserManager<HotlineUser> users,
    AuditLog audit,
    HotlineClock clock,
    IValidator<UserInput> validator,
    ILogger<UserAdminService> logger)
{
    public const string NotFound = "Users.Error.NotFound";
    public const string LastAdmin = "Users.Error.LastAdmin";
    public const string OwnAdminRole = "Users.Error.OwnAdminRole";
    public const string OwnAccount = "Users.Error.OwnAccount";
    public const string UserNameTaken = "Users.Error.UserNameTaken";

    public async Task<ServiceResult<CreatedAccount>> CreateAsync(UserInput input, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        input.Id = null;
        if (await CheckAsync(input, actor, ct) is { } refused)
        {
            return ServiceResult<CreatedAccount>.Fail(refused);
        }

        return await InTransactionAsync(async () =>
        {
            var password = OneTimePassword.Generate();
            var user = new HotlineUser
            {
                UserName = input.UserName!.Trim(),
                DisplayName = input.DisplayName!.Trim(),
                UnitId = input.UnitId,
                LockoutEnabled = true,
                MustChangePassword = true,
            };
            var created = await users.CreateAsync(user, password);
            if (!created.Succeeded)
            {
                return ServiceResult<CreatedAccount>.Fail(IdentityErrors(created, nameof(UserInput.UserName)));
            }

            await users.AddToRolesAsync(user, input.Roles.Distinct().Select(r => r.ToString()));
            audit.Record(actor, AuditAreas.User, AuditActions.Create, user.UserName, null, Snapshot(user, input.Roles));
            await db.SaveChangesAsync(ct);
            logger.LogInformation("User {UserName} created by {UserId} as {Roles}", user.UserName, actor.UserId, input.Roles);
            return ServiceResult<CreatedAccount>.Ok(new CreatedAccount(user.Id, user.UserName, password));
        }, ct);
    }

    public async Task<ServiceResult<string>> UpdateAsync(UserInput input, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (await CheckAsync(input, actor, ct) is { } refused)
        {
            return ServiceResult<string>.Fail(refused);
        }

        return await InTransactionAsync(async () =>
        {
            var user = await users.FindByIdAsync(input.Id ?? string.Empty);
            if (user is null)
            {
                return ServiceResult<string>.Fail(string.Empty, NotFound);
            }

            if (user.ConcurrencyStamp != input.ConcurrencyStamp)
            {
                return ServiceResult<string>.Fail(string.Empty, ServiceError.Concurrency);
            }

            var before = (await users.GetRolesAsync(user)).Select(Enum.Parse<Role>).Order().ToList();
            var after = input.Roles.Distinct().Order().ToList();
            if (before.Contains(Role.Admin) && !after.Contains(Role.Admin) && await AdminRemovalRefusedAsync(user, actor, ct) is { } error)
            {
                return ServiceResult<string>.Fail(nameof(UserInput.Roles), error);
            }

            var snapshot = Snapshot(user, before);
            var sessionsEnd = !before.SequenceEqual(after) || user.UnitId != input.UnitId;
            user.DisplayName = input.DisplayName!.Trim();
            user.UnitId = input.UnitId;
            await users.RemoveFromRolesAsync(user, before.Except(after).Select(r => r.ToString()));
            await users.AddToRolesAsync(user, after.Except(before).Select(r => r.ToString()));
            // What the person may see changed: their cookie's roles and unit are stale, so their sessions end.
            await (sessionsEnd ? users.UpdateSecurityStampAsync(user) : users.UpdateAsync(user));
            audit.Record(actor, AuditAreas.User, AuditActions.Update, user.UserName!, snapshot, Snapshot(user, after));
            await db.SaveChangesAsync(ct);
            logger.LogInformation("User {UserName} updated by {UserId}: roles {Roles}, unit {UnitId}", user.UserName, actor.UserId, after, user.UnitId);
            return ServiceResult<string>.Ok(user.Id);
        }, ct);
    }

    /// <summary>Deactivated: cannot sign in, and every open session ends at its next request.</summary>
    public Task<ServiceResult<string>> DeactivateAsync(string id, Actor actor, CancellationToken ct = default) =>
        ActAsync(id, actor, AuditActions.Deactivate, async user =>
        {
            if (user.Id == actor.UserId)
            {
                return OwnAccount;
            }

            if ((await users.GetRolesAsync(user)).Contains(Roles.Admin) && await AdminRemovalRefusedAsync(user, actor, ct) is { } error)
            {
                return error;
            }

            user.IsActive = false;
            await users.UpdateSecurityStampAsync(user);
            return null;
        }, ct);

    public Task<ServiceResult<string>> ReactivateAsync(string id, Actor actor, CancellationToken ct = default) =>
        ActAsync(id, actor, AuditActions.Reactivate, async user =>
        {
            user.IsActive = true;
            await users.UpdateAsync(user);
            return null;
        }, ct);

    /// <summary>Lifts a lockout after repeated wrong passwords.</summary>
    public Task<ServiceResult<string>> UnlockAsync(string id, Actor actor, CancellationToken ct = default) =>
        ActAsync(id, actor, AuditActions.Unlock, async user =>
        {
            await users.SetLockoutEndDateAsync(user, null);
            await users.ResetAccessFailedCountAsync(user);
            return null;
        }, ct);

    /// <summary>A new one-time password, shown once to the administrator; the person must choose their own at the next
    /// sign-in, and their open sessions end.</summary>
    public async Task<ServiceResult<CreatedAccount>> ResetPasswordAsync(string id, Actor actor, CancellationToken ct = default)
    {
        var password = OneTimePassword.Generate();
        var result = await ActAsync(id, actor, AuditActions.ResetPassword, async user =>
        {
            await users.RemovePasswordAsync(user);
            // Sets the hash after the password rules, and a new security stamp.
            var reset = await users.AddPasswordAsync(user, password);
            if (!reset.Succeeded)
            {
                return IdentityErrors(reset, string.Empty)[0].Code;
            }

            user.MustChangePassword = true;
            await users.SetLockoutEndDateAsync(user, null);
            await users.UpdateAsync(user);
            return null;
        }, ct);
        return result.Succeeded
            ? ServiceResult<CreatedAccount>.Ok(new CreatedAccount(id, result.Value!, password))
            : ServiceResult<CreatedAccount>.Fail(result.Errors);
    }

    /// <summary>How many active accounts hold the administrator role.</summary>
    public Task<int> ActiveAdministratorsAsync(CancellationToken ct = default) =>
        (from u in db.Users
         where u.IsActive
         join ur in db.UserRoles on u.Id equals ur.UserId
         join r in db.Roles on ur.RoleId equals r.Id
         where r.Name == Roles.Admin
         select u.Id).CountAsync(ct);
}
