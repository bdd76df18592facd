using Hotline.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Hotline.Web.Pages.Account;

/// <summary>Sign-in: one refusal for every failure (<see cref="StaffSignIn"/>), posts limited per client address (<see cref="RateLimits.SignIn"/>).</summary>
[EnableRateLimiting(RateLimits.SignIn)]
public sealed class LoginModel(StaffSignIn signIn, IStringLocalizer<SharedResource> localizer) : PageModel
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

        if (await signIn.SignInAsync(Input.UserName!.Trim(), Input.Password!, HttpContext.Connection.RemoteIpAddress?.ToString()))
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        // The same words whether the name is unknown, the password wrong, the account locked or deactivated.
        ModelState.AddModelError(string.Empty, localizer["Login.Failed"]);
        return Page();
    }

    public sealed class LoginInput
    {
        public string? UserName { get; set; }

        public string? Password { get; set; }
    }
}
