using Hotline.Domain.Access;
using Hotline.Services.Common;
using Hotline.Services.Reference;
using Hotline.Services.Users;
using Hotline.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Hotline.Web.Pages.Admin.Users;

/// <summary>One account: create (with a one-time password), edit roles and unit, deactivate/reactivate, unlock, reset
/// the password. A one-time password is shown once, on the page the act redirects to.</summary>
public sealed class EditModel(UserDirectory directory, UserAdminService accounts, ReferenceDataService reference, CurrentUser me,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public UserInput Input { get; set; } = new();

    public UserDetail? Account { get; private set; }

    public IReadOnlyList<UnitOption> Units { get; private set; } = [];

    [TempData]
    public string? StatusMessage { get; set; }

    [TempData]
    public string? OneTimePassword { get; set; }

    /// <summary>Opens an account, or the new-account form; <paramref name="unitId"/> (the unit page's "add a liaison")
    /// starts it as a liaison of that unit.</summary>
    public async Task<IActionResult> OnGetAsync(string? id, int? unitId, CancellationToken ct)
    {
        if (id is not null)
        {
            Account = await directory.GetAsync(id, ct);
            if (Account is null)
            {
                return NotFound();
            }

            Input = new UserInput
            {
                Id = Account.Id,
                UserName = Account.UserName,
                DisplayName = Account.DisplayName,
                Roles = [.. Account.Roles],
                UnitId = Account.UnitId,
                ConcurrencyStamp = Account.ConcurrencyStamp,
            };
        }

        Units = await reference.UnitsAsync(ct);
        if (id is null && Units.Any(u => u.Id == unitId))
        {
            Input = new UserInput { Roles = [Role.Liaison], UnitId = unitId };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return await RedisplayAsync([], ct);
        }

        if (string.IsNullOrEmpty(Input.Id))
        {
            var created = await accounts.CreateAsync(Input, me.Actor, ct);
            if (created.Succeeded)
            {
                ShowPassword(created.Value!);
                return RedirectToPage(new { id = created.Value!.Id });
            }

            return await RedisplayAsync(created.Errors, ct);
        }

        var saved = await accounts.UpdateAsync(Input, me.Actor, ct);
        if (saved.Succeeded)
        {
            StatusMessage = localizer["Admin.Saved"];
            return RedirectToPage(new { id = Input.Id });
        }

        return await RedisplayAsync(saved.Errors, ct);
    }

    public Task<IActionResult> OnPostDeactivateAsync(string id, CancellationToken ct) => ActAsync(id, () => accounts.DeactivateAsync(id, me.Actor, ct), "Users.Deactivated", ct);

    public Task<IActionResult> OnPostReactivateAsync(string id, CancellationToken ct) => ActAsync(id, () => accounts.ReactivateAsync(id, me.Actor, ct), "Users.Reactivated", ct);

    public Task<IActionResult> OnPostUnlockAsync(string id, CancellationToken ct) => ActAsync(id, () => accounts.UnlockAsync(id, me.Actor, ct), "Users.Unlocked", ct);

    public async Task<IActionResult> OnPostResetPasswordAsync(string id, CancellationToken ct)
    {
        var reset = await this.IfBoundAsync(() => accounts.ResetPasswordAsync(id, me.Actor, ct));
        if (reset is { Succeeded: true })
        {
            ShowPassword(reset.Value!);
            return RedirectToPage(new { id });
        }

        return await RedisplayAsync(reset?.Errors ?? [], ct, id);
    }

    private async Task<IActionResult> ActAsync(string id, Func<Task<ServiceResult<string>>> act, string done, CancellationToken ct)
    {
        var result = await this.IfBoundAsync(act);
        if (result is { Succeeded: true })
        {
            StatusMessage = localizer[done];
            return RedirectToPage(new { id });
        }

        return await RedisplayAsync(result?.Errors ?? [], ct, id);
    }

    private void ShowPassword(CreatedAccount account)
    {
        OneTimePassword = account.OneTimePassword;
        StatusMessage = string.Format(localizer["Users.OneTimePassword"].Value, account.UserName);
    }

    private async Task<IActionResult> RedisplayAsync(IReadOnlyList<ServiceError> errors, CancellationToken ct, string? id = null)
    {
        ModelState.AddErrors(errors.KeepingTyped(), localizer);
        if ((id ?? Input.Id) is { Length: > 0 } existing)
        {
            Account = await directory.GetAsync(existing, ct);
            if (id is null && Account is not null && errors.Any(e => e.Code == ServiceError.Concurrency))
            {
                // What was typed stays in the form; it now carries the stamp of the other person's save.
                ModelState.Remove("Input.ConcurrencyStamp");
                Input.ConcurrencyStamp = Account.ConcurrencyStamp;
            }

            if (id is not null && Account is not null)
            {
                Input = new UserInput
                {
                    Id = Account.Id,
                    UserName = Account.UserName,
                    DisplayName = Account.DisplayName,
                    Roles = [.. Account.Roles],
                    UnitId = Account.UnitId,
                    ConcurrencyStamp = Account.ConcurrencyStamp,
                };
            }
        }

        Units = await reference.UnitsAsync(ct);
        return Page();
    }
}
