using Hotline.Domain.Tickets;
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

        ModelState.AddErrors((result?.Errors ?? []).KeepingTyped("Workbench.Concurrency.Kept"), localizer);
        return await RedisplayAsync(number, result.IsConflict() ? nameof(Input) : null, ct);
    }

    public async Task<IActionResult> OnPostMergeAsync(string number, CancellationToken ct)
    {
        var result = await this.IfBoundAsync(() => dispatch.MergeAsync(number, Merge, user.Actor, ct));
        if (result is { Succeeded: true })
        {
            return Redirect($"/Tickets/{number}");
        }

        ModelState.AddErrors((result?.Errors ?? []).KeepingTyped("Workbench.Concurrency.Kept"), localizer, "Merge");
        return await RedisplayAsync(number, result.IsConflict() ? nameof(Merge) : null, ct);
    }

    /// <summary>What was typed into a refused form the page no longer offers (the ticket left the queue, or was closed): shown to copy.</summary>
    public IReadOnlyList<UnsavedText> Unsaved()
    {
        var status = Ticket.Status;
        return UnsavedText.Typed(
            new UnsavedText(localizer["Field.Instruction"].Value, status == TicketStatus.PendingDispatch ? null : Input.Instruction),
            new UnsavedText(localizer["Field.Note"].Value, CanMerge ? null : Merge.Note));
    }

    /// <summary>Whether the merge form is offered: while the ticket is open and not yet resolved.</summary>
    public bool CanMerge => Ticket.Status is TicketStatus.PendingDispatch or TicketStatus.Dispatched or TicketStatus.InProgress or TicketStatus.ReturnRequested;

    /// <summary>
    /// Redisplays the refused form with what was typed; after a conflict (<paramref name="conflicted"/> names the form) the
    /// form carries the version just read, so sending it again goes against what the page now shows.
    /// </summary>
    private async Task<IActionResult> RedisplayAsync(string number, string? conflicted, CancellationToken ct)
    {
        if (!await LoadAsync(number, ct))
        {
            return NotFound();
        }

        if (conflicted is not null)
        {
            ModelState.Remove($"{conflicted}.Version");
            Input.Version = Ticket.Version;
            Merge.Version = Ticket.Version;
        }

        return Page();
    }

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
