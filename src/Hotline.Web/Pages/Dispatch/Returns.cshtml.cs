using Hotline.Services.Common;
using Hotline.Services.Dispatch;
using Hotline.Services.Supervision;
using Hotline.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Hotline.Web.Pages.Dispatch;

/// <summary>
/// Units' return requests (退单) waiting for a dispatcher: approve (then re-dispatch on the ticket's dispatch page)
/// or reject with a note (back to the list, the ticket back with the unit).
/// </summary>
public sealed class ReturnsModel(ReturnDecisionService returns, UnitRequestCountService counts, CurrentUser user,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public ReturnDecisionInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    /// <summary>The ticket whose return was just rejected, for the confirmation.</summary>
    [BindProperty(SupportsGet = true, Name = "rejected")]
    public string? Rejected { get; set; }

    public PagedList<PendingReturn> Pending { get; private set; } = new([], 1, ReturnDecisionService.DefaultPageSize, 0);

    public IReadOnlyDictionary<int, UnitRequestCount> ThisMonth { get; private set; } = new Dictionary<int, UnitRequestCount>();

    /// <summary>The row whose decision was refused: its note is shown again with the message.</summary>
    public string? FailedNumber { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostApproveAsync(CancellationToken ct)
    {
        var result = await this.IfBoundAsync(() => returns.ApproveAsync(Input, user.Actor, ct));
        return result is { Succeeded: true }
            ? Redirect($"/Dispatch/{Uri.EscapeDataString(result.Value!)}")
            : await RedisplayAsync(result?.Errors ?? [], ct);
    }

    public async Task<IActionResult> OnPostRejectAsync(CancellationToken ct)
    {
        var result = await this.IfBoundAsync(() => returns.RejectAsync(Input, user.Actor, ct));
        return result is { Succeeded: true }
            ? RedirectToPage(new { rejected = result.Value, p = PageNumber })
            : await RedisplayAsync(result?.Errors ?? [], ct);
    }

    private async Task<IActionResult> RedisplayAsync(IReadOnlyList<ServiceError> errors, CancellationToken ct)
    {
        ModelState.AddErrors(errors.KeepingTyped("Workbench.Concurrency.Kept"), localizer);
        FailedNumber = Input.Number;
        Rejected = null;
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>
    /// The note typed into a refused decision whose row is gone (someone else decided it): shown to copy. A row still
    /// listed shows the note again itself, with the version just read.
    /// </summary>
    public IReadOnlyList<UnsavedText> Unsaved() => FailedNumber is null || Pending.Items.Any(i => i.Number == FailedNumber)
        ? []
        : UnsavedText.Typed(new UnsavedText(localizer["Field.DecisionNote"].Value, Input.Note));

    private async Task LoadAsync(CancellationToken ct)
    {
        Pending = await returns.PendingAsync(PageNumber, ReturnDecisionService.DefaultPageSize, ct);
        ThisMonth = await counts.ThisMonthAsync(Pending.Items.Select(i => i.UnitId).Distinct().ToList(), ct);
    }
}
