using Hotline.Services.Dispatch;
using Hotline.Services.Reference;
using Hotline.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Hotline.Web.Pages.Dispatch;

/// <summary>Dispatch one ticket to a lead unit (and assisting units), or merge it into a master ticket.</summary>
public sealed class DetailsModel(DispatchService dispatch, ReturnDecisionService returns, ReferenceDataService reference, CurrentUser user,
    IStringLocalizer<SharedResource> localizer, TimeDisplay time) : PageModel
{
    [BindProperty]
    public DispatchInput Input { get; set; } = new();

    [BindProperty]
    public MergeInput Merge { get; set; } = new();

    public DispatchCandidate Ticket { get; private set; } = null!;

    /// <summary>The dispatch deadline as the page shows it: counting down while the ticket waits, else stopped.</summary>
    public ClockView DispatchClock { get; private set; } = null!;

    public IReadOnlyList<UnitOption> Units { get; private set; } = [];

    /// <summary>Units that gave this ticket back: shown, and never preselected for the re-dispatch.</summary>
    public IReadOnlyList<ApprovedReturn> Returns { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string number, CancellationToken ct)
    {
        if (!await LoadAsync(number, ct))
        {
            return NotFound();
        }

        var suggested = Returns.Any(r => r.UnitId == Ticket.SuggestedUnitId) ? null : Ticket.SuggestedUnitId;
        Input = new DispatchInput { LeadUnitId = suggested, Version = Ticket.Version };
        Merge = new MergeInput { Version = Ticket.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostDispatchAsync(string number, CancellationToken ct)
    {
        var result = await this.IfBoundAsync(() => dispatch.DispatchAsync(number, Input, user.Actor, ct));
        if (result is { Succeeded: true })
        {
            return Redirect($"/Tickets/{result.Value}");
        }

        ModelState.AddErrors(result?.Errors ?? [], localizer);
        return await RedisplayAsync(number, ct);
    }

    public async Task<IActionResult> OnPostMergeAsync(string number, CancellationToken ct)
    {
        var result = await this.IfBoundAsync(() => dispatch.MergeAsync(number, Merge, user.Actor, ct));
        if (result is { Succeeded: true })
        {
            return Redirect($"/Tickets/{number}");
        }

        ModelState.AddErrors(result?.Errors ?? [], localizer, "Merge");
        return await RedisplayAsync(number, ct);
    }

    private async Task<IActionResult> RedisplayAsync(string number, CancellationToken ct) =>
        await LoadAsync(number, ct) ? Page() : NotFound();

    private async Task<bool> LoadAsync(string number, CancellationToken ct)
    {
        var ticket = await dispatch.CandidateAsync(number, ct);
        if (ticket is null)
        {
            return false;
        }

        Ticket = ticket;
        DispatchClock = time.Clock(ticket.DispatchClock, ticket.DispatchDueAt, null);
        Units = await reference.UnitsAsync(ct);
        Returns = await returns.ApprovedReturnsAsync(number, ct);
        return true;
    }
}
