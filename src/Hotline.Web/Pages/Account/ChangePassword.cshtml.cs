using System.Security.Claims;
using Hotline.Services.Data;
using Hotline.Services.Users;
using Hotline.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Hotline.Web.Pages.Account;

/// <summary>修改密码: everyone's own password; the first page after signing in with a one-time password.</summary>
public sealed class ChangePasswordModel(AccountService account, UserManager<HotlineUser> users, SignInManager<HotlineUser> signIn,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public ChangePasswordInput Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public bool Required => User.HasClaim(HotlineClaimsPrincipalFactory.MustChangePasswordClaim, "true");

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var id = User.FindFirstValue(ClaimTypes.NameIdentifier) ?? string.Empty;
        var result = await this.IfBoundAsync(() => account.ChangePasswordAsync(id, Input, ct));
        if (result is not { Succeeded: true })
        {
            ModelState.AddErrors(result?.Errors ?? [], localizer);
            Input = new ChangePasswordInput();
            return Page();
        }

        // The stamp changed with the password: this session gets a fresh cookie, the person's other sessions end.
        if (await users.FindByIdAsync(id) is { } user)
        {
            await signIn.RefreshSignInAsync(user);
        }

        StatusMessage = localizer["Password.Changed"];
        return RedirectToPage("/Account/ChangePassword");
    }
}
