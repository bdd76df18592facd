using System.Security.Claims;
using Hotline.Services.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hotline.Web.Infrastructure;

/// <summary>
/// Identity's security stamp, checked on every request: the cookie carries the stamp it was issued with, and a cookie
/// whose stamp is no longer the account's (signed out, deactivated, roles changed, password reset) is refused at once,
/// not after Identity's default 30 minutes. One primary-key read; unlike Identity's SecurityStampValidator at a zero
/// interval it does not rebuild the principal and re-issue the cookie on every request (docs/decisions/0015).
/// </summary>
public static class SessionCheck
{
    // Compiled once: the check runs on every request, and a LINQ query builds, hashes and looks up its expression tree
    // at each execution.
    private static readonly Func<HotlineDbContext, string, Task<string?>> CurrentStamp = EF.CompileAsyncQuery(
        (HotlineDbContext db, string id) => db.Users.Where(u => u.Id == id && u.IsActive).Select(u => u.SecurityStamp).FirstOrDefault());

    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        var services = context.HttpContext.RequestServices;
        var stampClaim = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType;
        var id = principal?.FindFirstValue(ClaimTypes.NameIdentifier);
        var stamp = principal?.FindFirstValue(stampClaim);
        if (id is not null && stamp is not null)
        {
            var current = await CurrentStamp(services.GetRequiredService<HotlineDbContext>(), id);
            if (current == stamp)
            {
                return;
            }
        }

        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
    }
}
