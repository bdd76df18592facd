using Hotline.Services.Data;
using Hotline.Services.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Hotline.Web.Pages.Account;

public sealed class LoginModel(SignInManager<HotlineUser> signIn, AccountService account, IStringLocalizer<SharedResource> localizer, ILogger<LoginModel> logger) : PageModel
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Input.UserName))
        {
            ModelState.AddModelError("Input.UserName", localizer["Validation.UserName.Required"]);
        }

        if (string.IsNullOrEmpty(Input.Password))
        {
            ModelState.AddModelError("Input.Password", localizer["Validation.Password.Required"]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(Input.UserName!.Trim(), Input.Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            logger.LogInformation("User {UserName} signed in", Input.UserName);
            await account.RecordSignInAsync(Input.UserName.Trim());
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        var address = HttpContext.Connection.RemoteIpAddress?.ToString();
        if (result.IsLockedOut)
        {
            logger.LogWarning("User {UserName} is locked out after repeated failed sign-ins", Input.UserName);
            ModelState.AddModelError(string.Empty, localizer["Login.LockedOut"]);
            await account.RecordFailedSignInAsync(Input.UserName, SignInRefusal.LockedOut, address);
        }
        else
        {
            // A deactivated account (NotAllowed) gets the same answer as a wrong password: nobody learns it exists.
            ModelState.AddModelError(string.Empty, localizer["Login.Failed"]);
            await account.RecordFailedSignInAsync(Input.UserName, result.IsNotAllowed ? SignInRefusal.NotAllowed : SignInRefusal.WrongPassword, address);
        }

        return Page();
    }

    public sealed class LoginInput
    {
        public string? UserName { get; set; }

        public string? Password { get; set; }
    }
}
