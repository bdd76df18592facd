using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Hotline.Web.Infrastructure;

/// <summary>While the cookie says the password is a one-time one, every page but the account pages sends the person to
/// choose their own (the claim is set at sign-in, <see cref="HotlineClaimsPrincipalFactory"/>).</summary>
public sealed class PasswordChangeRequiredFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var user = context.HttpContext.User;
        var page = context.ActionDescriptor.ViewEnginePath;
        if (user.HasClaim(HotlineClaimsPrincipalFactory.MustChangePasswordClaim, "true")
            && !page.StartsWith("/Account/", StringComparison.OrdinalIgnoreCase) && page != "/Culture" && page != "/Error")
        {
            context.Result = new RedirectToPageResult("/Account/ChangePassword");
            return;
        }

        await next();
    }
}
