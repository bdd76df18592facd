using Hotline.Services.Common;
using Hotline.Services.Supervision;
using Hotline.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Hotline.Web.Pages.Supervision;

/// <summary>Units' extension requests (延期) waiting for a supervisor: approve (the deadline moves) or reject with a note.</summary>
public sealed class ExtensionsModel(ExtensionDecisionService extensions, UnitRequestCountService counts, CurrentUser user,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public ExtensionDecisionInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    /// <summary>The ticket just decided and how, for the confirmation.</summary>
    [BindProperty(SupportsGet = true, Name = "decided")]
    public string? Decided { get; set; }

    [BindProperty(SupportsGet = true, Name = "approved")]
    public bool Approved { get; set; }

    public PagedList<PendingExtension> Pending { get; private set; } = new([], 1, ExtensionDecisionService.DefaultPageSize, 0);

    public IReadOnlyDictionary<int, UnitRequestCount> ThisMonth { get; private set; } = new Dictionary<int, UnitRequestCount>();

    /// <summary>The request whose decision was refused: its note is shown again with the message.</summary>
    public long? FailedRequestId { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public Task<IActionResult> OnPostApproveAsync(CancellationToken ct) => DecideAsync(approve: true, ct);

    public Task<IActionResult> OnPostRejectAsync(CancellationToken ct) => DecideAsync(approve: false, ct);

    private async Task<IActionResult> DecideAsync(bool approve, CancellationToken ct)
    {
        var result = await this.IfBoundAsync(() => approve
            ? extensions.ApproveAsync(Input, user.Actor, ct)
            : extensions.RejectAsync(Input, user.Actor, ct));
        if (result is { Succeeded: true })
        {
            return RedirectToPage(new { decided = result.Value, approved = approve, p = PageNumber });
        }

        ModelState.AddErrors((result?.Errors ?? []).KeepingTyped("Workbench.Concurrency.Kept"), localizer);
        FailedRequestId = Input.RequestId;
        Decided = null;
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>The note typed into a refused decision whose row is gone (someone else decided it): shown to copy.</summary>
    public IReadOnlyList<UnsavedText> Unsaved() => FailedRequestId is null || Pending.Items.Any(i => i.RequestId == FailedRequestId)
        ? []
        : UnsavedText.Typed(new UnsavedText(localizer["Field.DecisionNote"].Value, Input.Note));

    private async Task LoadAsync(CancellationToken ct)
    {
        Pending = await extensions.PendingAsync(PageNumber, ExtensionDecisionService.DefaultPageSize, ct);
        ThisMonth = await counts.ThisMonthAsync(Pending.Items.Select(i => i.UnitId).Distinct().ToList(), ct);
    }
}
