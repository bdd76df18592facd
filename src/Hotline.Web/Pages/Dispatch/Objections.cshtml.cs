using Hotline.Services.Common;
using Hotline.Services.Objections;
using Hotline.Services.Reference;
using Hotline.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Hotline.Web.Pages.Dispatch;

/// <summary>
/// 派单异议 waiting for arbitration (dispatchers and supervisors): uphold (the ticket goes at once to the unit chosen, the
/// objecting unit's suggestion preselected) or reject with a note (the unit keeps it). A decision someone else made first
/// is refused as changed, with the typed note kept.
/// </summary>
public sealed class ObjectionsModel(ObjectionService objections, ReferenceDataService reference, CurrentUser user,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public ObjectionDecisionInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    /// <summary>The ticket just decided, and how, for the confirmation.</summary>
    [BindProperty(SupportsGet = true, Name = "decided")]
    public string? Decided { get; set; }

    [BindProperty(SupportsGet = true, Name = "upheld")]
    public bool Upheld { get; set; }

    public PagedList<PendingObjection> Pending { get; private set; } = new([], 1, ObjectionService.DefaultPageSize, 0);

    public IReadOnlyList<UnitOption> Units { get; private set; } = [];

    /// <summary>The row whose decision was refused: its note and unit are shown again with the message.</summary>
    public string? FailedNumber { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostUpholdAsync(CancellationToken ct)
    {
        var result = await this.IfBoundAsync(() => objections.UpholdAsync(Input, user.Actor, ct));
        return result is { Succeeded: true }
            ? RedirectToPage(new { decided = result.Value, upheld = true, p = PageNumber })
            : await RedisplayAsync(result?.Errors ?? [], ct);
    }

    public async Task<IActionResult> OnPostRejectAsync(CancellationToken ct)
    {
        var result = await this.IfBoundAsync(() => objections.RejectAsync(Input, user.Actor, ct));
        return result is { Succeeded: true }
            ? RedirectToPage(new { decided = result.Value, upheld = false, p = PageNumber })
            : await RedisplayAsync(result?.Errors ?? [], ct);
    }

    private async Task<IActionResult> RedisplayAsync(IReadOnlyList<ServiceError> errors, CancellationToken ct)
    {
        ModelState.AddErrors(errors.KeepingTyped("Workbench.Concurrency.Kept"), localizer);
        FailedNumber = Input.Number;
        Decided = null;
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>The note typed into a refused decision whose row is gone (someone else decided it): shown to copy.</summary>
    public IReadOnlyList<UnsavedText> Unsaved() => FailedNumber is null || Pending.Items.Any(i => i.Number == FailedNumber)
        ? []
        : UnsavedText.Typed(new UnsavedText(localizer["Field.DecisionNote"].Value, Input.Note));

    private async Task LoadAsync(CancellationToken ct)
    {
        Pending = await objections.PendingAsync(PageNumber, ObjectionService.DefaultPageSize, ct);
        Units = Pending.Items.Count == 0 ? [] : await reference.UnitsAsync(ct);
    }
}
