using Hotline.Services.Objections;
using Hotline.Services.Reference;
using Hotline.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Hotline.Web.Pages.Dispatch;

/// <summary>
/// 派单异议 waiting for arbitration (dispatchers and supervisors): uphold (the ticket goes at once to the unit chosen, the
/// objecting unit's suggestion preselected) or reject with a note (the unit keeps it). A decision someone else made first
/// is refused as changed, with the typed note kept.
/// </summary>
public sealed class ObjectionsModel(ObjectionService objections, ReferenceDataService reference, CurrentUser user,
    IStringLocalizer<SharedResource> localizer) : DecisionQueueModel<ObjectionDecisionInput, PendingObjection>(localizer, ObjectionService.DefaultPageSize)
{
    /// <summary>The ticket just decided, and how, for the confirmation.</summary>
    [BindProperty(SupportsGet = true, Name = "decided")]
    public string? Decided { get; set; }

    [BindProperty(SupportsGet = true, Name = "upheld")]
    public bool Upheld { get; set; }

    public IReadOnlyList<UnitOption> Units { get; private set; } = [];

    public Task<IActionResult> OnPostUpholdAsync(CancellationToken ct) =>
        DecideAsync(() => objections.UpholdAsync(Input, user.Actor, ct), number => RedirectToPage(new { decided = number, upheld = true, p = PageNumber }), ct);

    public Task<IActionResult> OnPostRejectAsync(CancellationToken ct) =>
        DecideAsync(() => objections.RejectAsync(Input, user.Actor, ct), number => RedirectToPage(new { decided = number, upheld = false, p = PageNumber }), ct);

    protected override string NumberOf(PendingObjection item) => item.Number;

    protected override void ForgetConfirmation() => Decided = null;

    protected override async Task LoadAsync(CancellationToken ct)
    {
        Pending = await objections.PendingAsync(PageNumber, ObjectionService.DefaultPageSize, ct);
        Units = Pending.Items.Count == 0 ? [] : await reference.UnitsAsync(ct);
    }
}
