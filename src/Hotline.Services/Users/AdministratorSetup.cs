using Hotline.Services.Audit;
using Hotline.Services.Common;
using Hotline.Services.Data;
using Microsoft.AspNetCore.Identity;

namespace Hotline.Services.Users;

/// <summary>
/// The first administrator of an installation, from the command line (<c>create-admin</c>): on an empty Production
/// database nobody can sign in to create anyone. With no password given, a one-time password is generated and must be
/// changed at the first sign-in.
/// </summary>
public sealed class AdministratorSetup(UserManager<HotlineUser> users, AuditLog audit)
{
    public const string CommandLine = "create-admin";

    public async Task<ServiceResult<CreatedAccount>> CreateAsync(string userName, string? displayName, string? password, CancellationToken ct = default)
    {
        var input = new UserInput { UserName = userName, DisplayName = string.IsNullOrWhiteSpace(displayName) ? userName : displayName, Roles = [Domain.Access.Role.Admin] };
        var shape = new UserInputValidator().Validate(input);
        if (!shape.IsValid)
        {
            return ServiceResult<CreatedAccount>.Fail(shape.Errors.Select(e => new ServiceError(e.PropertyName, e.ErrorMessage)).ToList());
        }

        var generated = string.IsNullOrEmpty(password);
        var secret = generated ? OneTimePassword.Generate() : password!;
        var user = new HotlineUser { UserName = userName.Trim(), DisplayName = input.DisplayName!.Trim(), LockoutEnabled = true, MustChangePassword = generated };
        var created = await users.CreateAsync(user, secret);
        if (!created.Succeeded)
        {
            return ServiceResult<CreatedAccount>.Fail(UserAdminService.IdentityErrors(created, "Password"));
        }

        await users.AddToRoleAsync(user, Roles.Admin);
        await audit.RecordNowAsync(null, CommandLine, AuditAreas.User, "CreateAdministrator", user.UserName, new { user.DisplayName, Roles = new[] { Roles.Admin } }, null, ct);
        return ServiceResult<CreatedAccount>.Ok(new CreatedAccount(user.Id, user.UserName, generated ? secret : string.Empty));
    }
}
