using Hotline.Services.Dispatch;
using Hotline.Services.Supervision;
using Hotline.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Hotline.Web.Pages.Dispatch;

/// <summary>
/// Units' return requests (退单) waiting for a dispatcher: approve (then re-dispatch on the ticket's dispatch page)
/// or reject with a note (back to the list, the ticket back with the unit).
/// </summary>
public sealed class ReturnsModel(ReturnDecisionService returns, UnitRequestCountService counts, CurrentUser user,
    IStringLocalizer<SharedResource> localizer) : DecisionQueueModel<ReturnDecisionInput, PendingReturn>(localizer, ReturnDecisionService.DefaultPageSize)
{
    /// <summary>The ticket whose return was just rejected, for the confirmation.</summary>
    [BindProperty(SupportsGet = true, Name = "rejected")]
    public string? Rejected { get; set; }

    public IReadOnlyDictionary<int, UnitRequestCount> ThisMonth { get; private set; } = new Dictionary<int, UnitRequestCount>();

    public Task<IActionResult> OnPostApproveAsync(CancellationToken ct) =>
        DecideAsync(() => returns.ApproveAsync(Input, user.Actor, ct), number => Redirect($"/Dispatch/{Uri.EscapeDataString(number)}"), ct);

    public Task<IActionResult> OnPostRejectAsync(CancellationToken ct) =>
        DecideAsync(() => returns.RejectAsync(Input, user.Actor, ct), number => RedirectToPage(new { rejected = number, p = PageNumber }), ct);

    protected override string NumberOf(PendingReturn item) => item.Number;

    protected override void ForgetConfirmation() => Rejected = null;

    protected override async Task LoadAsync(CancellationToken ct)
    {
        Pending = await returns.PendingAsync(PageNumber, ReturnDecisionService.DefaultPageSize, ct);
        ThisMonth = await counts.ThisMonthAsync(Pending.Items.Select(i => i.UnitId).Distinct().ToList(), ct);
    }
}
