using Hotline.Domain.Tickets;
using Hotline.Services.Common;
using Hotline.Services.Reference;
using Hotline.Services.Supervision;
using Hotline.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Hotline.Web.Pages.Supervision;

/// <summary>
/// A supervisor's acts on one ticket (/Supervision/Ticket?number=…): 督办 and lifting it, 催办, 重办 and 作废, one form
/// (named handler) each. Success redirects back with a status message; a refusal redisplays the form with its messages.
/// </summary>
public sealed class TicketModel(SupervisionService supervision, SupervisorWorkListService tickets, ReferenceDataService reference,
    CurrentUser user, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Number { get; set; } = string.Empty;

    [BindProperty]
    public SuperviseInput Supervise { get; set; } = new();

    [BindProperty]
    public LiftSupervisionInput Lift { get; set; } = new();

    [BindProperty]
    public UrgeInput Urge { get; set; } = new();

    [BindProperty]
    public ReopenInput Reopen { get; set; } = new();

    [BindProperty]
    public CancelInput Cancel { get; set; } = new();

    public SupervisionTicket Ticket { get; private set; } = null!;

    public IReadOnlyList<UnitOption> Units { get; private set; } = [];

    /// <summary>The version every form carries: the one the page was read at, or the one a refused form was sent with.</summary>
    public uint FormVersion { get; private set; }

    /// <summary>The form that was sent and refused.</summary>
    public string? OpenForm { get; private set; }

    [TempData]
    public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        // Re-supervising starts from the flag in force; reopening from the last round's units.
        Supervise = new SuperviseInput { Level = Ticket.Supervision ?? SupervisionLevel.Normal, Note = Ticket.SupervisionNote };
        Reopen = new ReopenInput { LeadUnitId = Ticket.LastLeadUnitId, AssistingUnitIds = [.. Ticket.LastAssistingUnitIds] };
        return Page();
    }

    public async Task<IActionResult> OnPostSuperviseAsync(CancellationToken ct) =>
        await AfterAsync(nameof(Supervise), Supervise.Version, await this.IfBoundAsync(() => supervision.SuperviseAsync(Number, Supervise, user.Actor, ct)), ct);

    public async Task<IActionResult> OnPostLiftAsync(CancellationToken ct) =>
        await AfterAsync(nameof(Lift), Lift.Version, await this.IfBoundAsync(() => supervision.LiftAsync(Number, Lift, user.Actor, ct)), ct);

    public async Task<IActionResult> OnPostUrgeAsync(CancellationToken ct) =>
        await AfterAsync(nameof(Urge), Urge.Version, await this.IfBoundAsync(() => supervision.UrgeAsync(Number, Urge, user.Actor, ct)), ct);

    public async Task<IActionResult> OnPostReopenAsync(CancellationToken ct) =>
        await AfterAsync(nameof(Reopen), Reopen.Version, await this.IfBoundAsync(() => supervision.ReopenAsync(Number, Reopen, user.Actor, ct)), ct);

    public async Task<IActionResult> OnPostCancelAsync(CancellationToken ct) =>
        await AfterAsync(nameof(Cancel), Cancel.Version, await this.IfBoundAsync(() => supervision.CancelAsync(Number, Cancel, user.Actor, ct)), ct);

    public static string AddressOf(string number) => $"/Supervision/Ticket?number={Uri.EscapeDataString(number)}";

    private async Task<IActionResult> AfterAsync(string form, uint version, ServiceResult<string>? result, CancellationToken ct)
    {
        if (result is not null && result.Errors.Any(e => e.Code == SupervisionService.NotFound))
        {
            return NotFound();
        }

        if (result is { Succeeded: true })
        {
            Done = string.Format(localizer[$"Supervision.Done.{form}"].Value, Number);
            return Redirect(AddressOf(Number));
        }

        // Field errors sit next to their field ("Supervise.Note"); a conflict or a broken rule heads the page.
        ModelState.AddErrors((result?.Errors ?? []).KeepingTyped("Workbench.Concurrency.Kept"), localizer, form);
        OpenForm = form;
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        // A conflict: the page shows what changed and the forms carry the version just read, so what was typed (kept in
        // the form) goes against what is shown when sent again. Any other refusal keeps the version the form was sent with.
        if (!result.IsConflict())
        {
            FormVersion = version;
        }

        return Page();
    }

    /// <summary>What was typed into the refused form when that form is no longer offered: shown to copy, never thrown away.</summary>
    public IReadOnlyList<UnsavedText> Unsaved()
    {
        var t = Ticket;
        string Label(string key) => localizer[key].Value;
        return OpenForm switch
        {
            nameof(Supervise) when !t.CanSupervise => UnsavedText.Typed(new UnsavedText(Label("Supervision.Supervise.Note"), Supervise.Note)),
            nameof(Lift) when !t.CanLift => UnsavedText.Typed(new UnsavedText(Label("Supervision.Lift.Note"), Lift.Note)),
            nameof(Urge) when !t.CanUrge => UnsavedText.Typed(new UnsavedText(Label("Supervision.Urge.Note"), Urge.Note)),
            nameof(Reopen) when !t.CanReopen => UnsavedText.Typed(new UnsavedText(Label("Supervision.Reopen.Reason"), Reopen.Reason)),
            nameof(Cancel) when !t.CanCancel => UnsavedText.Typed(new UnsavedText(Label("Supervision.Cancel.Reason"), Cancel.Reason)),
            _ => [],
        };
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Number) || await tickets.TicketAsync(Number.Trim(), ct) is not { } ticket)
        {
            return false;
        }

        Number = ticket.Number;
        Ticket = ticket;
        FormVersion = ticket.Version;
        if (ticket.CanReopen)
        {
            Units = await reference.UnitsAsync(ct);
        }

        return true;
    }
}
