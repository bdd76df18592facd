using Hotline.Domain.Access;
using Hotline.Services.Audit;
using Hotline.Services.Common;
using Hotline.Services.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Hotline.Services.Users;

public sealed partial class UserAdminService
{
    /// <summary>Serialises administrators' acts on accounts, so the last-administrator rule holds under concurrency.</summary>
    private const long AccountsLock = 12012;

    /// <summary>Identity's error codes as resource keys: "Password.Error.PasswordTooShort" and the like.</summary>
    public static List<ServiceError> IdentityErrors(IdentityResult result, string field)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Errors.Select(e => e.Code switch
        {
            "DuplicateUserName" => new ServiceError(nameof(UserInput.UserName), UserNameTaken),
            "InvalidUserName" => new ServiceError(nameof(UserInput.UserName), "Users.Validation.UserName.Invalid"),
            _ => new ServiceError(field, $"Password.Error.{e.Code}"),
        }).ToList();
    }

    private async Task<IReadOnlyList<ServiceError>?> CheckAsync(UserInput input, Actor actor, CancellationToken ct)
    {
        if (!actor.Has(Role.Admin))
        {
            return [new ServiceError(string.Empty, ServiceError.AdminOnly)];
        }

        var shape = await validator.ValidateAsync(input, ct);
        if (!shape.IsValid)
        {
            return shape.Errors.Select(e => new ServiceError(e.PropertyName, e.ErrorMessage)).ToList();
        }

        if (input.UnitId is { } unit && !await db.Units.AnyAsync(u => u.Id == unit && u.IsActive, ct))
        {
            return [new ServiceError(nameof(UserInput.UnitId), "Validation.Unit.Invalid")];
        }

        return null;
    }

    /// <summary>Why <paramref name="user"/> may not stop being an administrator, or null.</summary>
    private async Task<string?> AdminRemovalRefusedAsync(HotlineUser user, Actor actor, CancellationToken ct)
    {
        if (user.Id == actor.UserId)
        {
            return OwnAdminRole;
        }

        return user.IsActive && await ActiveAdministratorsAsync(ct) <= 1 ? LastAdmin : null;
    }

    /// <summary>One act on one account: <paramref name="act"/> returns the refusal's code, or null when done.</summary>
    private async Task<ServiceResult<string>> ActAsync(string id, Actor actor, string action, Func<HotlineUser, Task<string?>> act, CancellationToken ct)
    {
        if (!actor.Has(Role.Admin))
        {
            return ServiceResult<string>.Fail(string.Empty, ServiceError.AdminOnly);
        }

        return await InTransactionAsync(async () =>
        {
            var user = await users.FindByIdAsync(id);
            if (user is null)
            {
                return ServiceResult<string>.Fail(string.Empty, NotFound);
            }

            var roles = (await users.GetRolesAsync(user)).Select(Enum.Parse<Role>).Order().ToList();
            var before = Snapshot(user, roles);
            if (await act(user) is { } refused)
            {
                return ServiceResult<string>.Fail(string.Empty, refused);
            }

            audit.Record(actor, AuditAreas.User, action, user.UserName!, before, Snapshot(user, roles));
            await db.SaveChangesAsync(ct);
            logger.LogInformation("User {UserName}: {Action} by {UserId}", user.UserName, action, actor.UserId);
            return ServiceResult<string>.Ok(user.UserName!);
        }, ct);
    }

    private async Task<ServiceResult<T>> InTransactionAsync<T>(Func<Task<ServiceResult<T>>> work, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({AccountsLock})", ct);
        try
        {
            var result = await work();
            if (result.Succeeded)
            {
                await tx.CommitAsync(ct);
            }
            else
            {
                await tx.RollbackAsync(ct);
                db.ChangeTracker.Clear();
            }

            return result;
        }
        catch (DbUpdateConcurrencyException)
        {
            await tx.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return ServiceResult<T>.Fail(string.Empty, ServiceError.Concurrency);
        }
    }

    private UserSnapshot Snapshot(HotlineUser user, IEnumerable<Role> roles) => UserSnapshot.Of(user, roles, clock.UtcNow);
}
