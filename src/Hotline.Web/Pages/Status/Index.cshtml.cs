using Hotline.Services.Channels;
using Hotline.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Hotline.Web.Pages.Status;

/// <summary>
/// 工单进度查询, open to everyone without signing in: the ticket number and the last four digits of the phone show the
/// status, the unit and the published reply, nothing else. Lookups are rate-limited per address (RateLimits.StatusPage).
/// </summary>
public sealed class IndexModel(PublicStatusService status, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public StatusLookupInput Input { get; set; } = new();

    public PublicStatus? Found { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await this.IfBoundAsync(() => status.LookupAsync(Input, ct));
        if (result is { Succeeded: true })
        {
            Found = result.Value;
        }
        else
        {
            ModelState.AddErrors(result?.Errors ?? [], localizer);
        }

        return Page();
    }
}
