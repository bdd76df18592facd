using Hotline.Services.Appeals;
using Hotline.Services.Common;
using Hotline.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Hotline.Web.Pages.Appeals;

/// <summary>
/// 申诉 waiting for a supervisor (docs/decisions/0031-appeals-and-ranking-versions.md): uphold (the fact leaves the unit's
/// measures) or reject with a note. A decision someone else made first is refused as changed, with the typed note kept.
/// Supervisors only (the page's policy).
/// </summary>
public sealed class IndexModel(AppealService appeals, CurrentUser user, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public AppealDecisionInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    [BindProperty(SupportsGet = true, Name = "decided")]
    public string? Decided { get; set; }

    [BindProperty(SupportsGet = true, Name = "upheld")]
    public bool Upheld { get; set; }

    public PagedList<AppealLogRow> Pending { get; private set; } = new([], 1, AppealService.DefaultPageSize, 0);

    /// <summary>The appeal whose decision was refused: its note is shown again with the message.</summary>
    public long? FailedId { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Pending = await appeals.PendingAsync(PageNumber, ct);

    public async Task<IActionResult> OnPostUpholdAsync(CancellationToken ct)
    {
        var result = await this.IfBoundAsync(() => appeals.UpholdAsync(Input, user.Actor, ct));
        return result is { Succeeded: true }
            ? RedirectToPage(new { decided = result.Value, upheld = true, p = PageNumber })
            : await RedisplayAsync(result?.Errors ?? [], ct);
    }

    public async Task<IActionResult> OnPostRejectAsync(CancellationToken ct)
    {
        var result = await this.IfBoundAsync(() => appeals.RejectAsync(Input, user.Actor, ct));
        return result is { Succeeded: true }
            ? RedirectToPage(new { decided = result.Value, upheld = false, p = PageNumber })
            : await RedisplayAsync(result?.Errors ?? [], ct);
    }

    private async Task<IActionResult> RedisplayAsync(IReadOnlyList<ServiceError> errors, CancellationToken ct)
    {
        ModelState.AddErrors(errors.KeepingTyped("Workbench.Concurrency.Kept"), localizer);
        FailedId = Input.AppealId;
        Decided = null;
        Pending = await appeals.PendingAsync(PageNumber, ct);
        return Page();
    }

    /// <summary>The note typed into a refused decision whose row is gone (someone else decided it): shown to copy.</summary>
    public IReadOnlyList<UnsavedText> Unsaved() => FailedId is null || Pending.Items.Any(i => i.Id == FailedId)
        ? []
        : UnsavedText.Typed(new UnsavedText(localizer["Field.DecisionNote"].Value, Input.Note));
}
