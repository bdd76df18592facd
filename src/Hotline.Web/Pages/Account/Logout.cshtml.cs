using System.Security.Claims;
using Hotline.Services.Data;
using Hotline.Services.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hotline.Web.Pages.Account;

public sealed class LogoutModel(SignInManager<HotlineUser> signIn, AccountService account) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        // A new security stamp: this cookie, a copy of it, and the person's other sessions are refused from now on.
        if (User.FindFirstValue(ClaimTypes.NameIdentifier) is { } id)
        {
            await account.EndSessionsAsync(id);
        }

        await signIn.SignOutAsync();
        return RedirectToPage("/Account/Login");
    }
}
