using Hotline.Services.Channels;
using Hotline.Services.Common;
using Hotline.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Hotline.Web.Pages.Admin.ApiClients;

/// <summary>
/// 接口客户端: the systems that reach the hotline through its APIs (web portal, WeChat, apps, grid handsets), each with
/// its own key naming its channel. A new key is shown once, right after it is issued; only its hash is kept.
/// </summary>
public sealed class IndexModel(ApiClientService clients, CurrentUser user, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public ApiClientInput Input { get; set; } = new();

    [TempData]
    public string? IssuedKey { get; set; }

    [TempData]
    public string? IssuedFor { get; set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public PagedList<ApiClientRow> Clients { get; private set; } = new([], 1, ApiClientService.PageSize, 0);

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public async Task OnGetAsync(CancellationToken ct) => Clients = await clients.ListAsync(PageNumber, ct);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        var result = await this.IfBoundAsync(() => clients.CreateAsync(Input, user.Actor, ct));
        if (result is not { Succeeded: true })
        {
            ModelState.AddErrors(result?.Errors ?? [], localizer);
            Clients = await clients.ListAsync(PageNumber, ct);
            return Page();
        }

        return Issued(result.Value!);
    }

    public async Task<IActionResult> OnPostReplaceAsync(int id, CancellationToken ct)
    {
        var result = await clients.ReplaceKeyAsync(id, user.Actor, ct);
        if (!result.Succeeded)
        {
            StatusMessage = localizer[result.Errors[0].Code];
            return RedirectToPage();
        }

        return Issued(result.Value!);
    }

    public async Task<IActionResult> OnPostRevokeAsync(int id, CancellationToken ct)
    {
        var result = await clients.RevokeAsync(id, user.Actor, ct);
        StatusMessage = result.Succeeded ? localizer["ApiClients.Revoked"] : localizer[result.Errors[0].Code];
        return RedirectToPage();
    }

    private RedirectToPageResult Issued(IssuedKey issued)
    {
        // Post/redirect/get: the key travels once in the protected TempData cookie and is gone after this display.
        IssuedKey = issued.Key;
        IssuedFor = issued.ClientName;
        return RedirectToPage();
    }
}
