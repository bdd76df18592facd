using FluentValidation;
using Hotline.Services.Audit;
using Hotline.Services.Common;
using Hotline.Services.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Users;

/// <summary>What a person does to their own account: change the password, and the sign-in facts kept for the
/// administrator (last sign-in, failed attempts in the audit log).</summary>
public sealed class AccountService(
    HotlineDbContext db,
    UserManager<HotlineUser> users,
    AuditLog audit,
    HotlineClock clock,
    IValidator<ChangePasswordInput> validator)
{
    public async Task<ServiceResult<bool>> ChangePasswordAsync(string userId, ChangePasswordInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var shape = await validator.ValidateAsync(input, ct);
        if (!shape.IsValid)
        {
            return ServiceResult<bool>.Fail(shape.Errors.Select(e => new ServiceError(e.PropertyName, e.ErrorMessage)).ToList());
        }

        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return ServiceResult<bool>.Fail(string.Empty, UserAdminService.NotFound);
        }

        // Identity checks the current password and the rules, and changes the security stamp: other sessions end.
        var changed = await users.ChangePasswordAsync(user, input.CurrentPassword!, input.NewPassword!);
        if (!changed.Succeeded)
        {
            return ServiceResult<bool>.Fail(changed.Errors.Select(e => e.Code == "PasswordMismatch"
                ? new ServiceError(nameof(ChangePasswordInput.CurrentPassword), "Password.Error.PasswordMismatch")
                : new ServiceError(nameof(ChangePasswordInput.NewPassword), $"Password.Error.{e.Code}")).ToList());
        }

        user.MustChangePassword = false;
        audit.Record(new Domain.Access.Actor(user.Id, user.DisplayName, new HashSet<Domain.Access.Role>()), AuditAreas.User, "ChangeOwnPassword", user.UserName!, null, null);
        await users.UpdateAsync(user);
        return ServiceResult<bool>.Ok(true);
    }

    public async Task RecordSignInAsync(string userName, CancellationToken ct = default)
    {
        var normalized = users.NormalizeName(userName);
        var now = clock.UtcNow;
        await db.Users.Where(u => u.NormalizedUserName == normalized).ExecuteUpdateAsync(s => s.SetProperty(u => u.LastSignInAt, now), ct);
    }

    /// <summary>A refused sign-in, in the audit log with the name typed (whether or not it exists) and the address.</summary>
    public Task RecordFailedSignInAsync(string typedName, string reason, string? address, CancellationToken ct = default) =>
        audit.RecordNowAsync(null, typedName, AuditAreas.SignIn, "SignInFailed", typedName, new { Reason = reason }, address, ct);

    /// <summary>Signing out everywhere: a new security stamp invalidates every cookie issued before.</summary>
    public async Task EndSessionsAsync(string userId)
    {
        if (await users.FindByIdAsync(userId) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
        }
    }

    public async Task<bool> MustChangePasswordAsync(string userId, CancellationToken ct = default) =>
        await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.MustChangePassword).FirstOrDefaultAsync(ct);
}
