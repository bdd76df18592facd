using System.Globalization;
using Hotline.Services.Common;
using Hotline.Services.FollowUp;
using Hotline.Services.Reference;
using Hotline.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Hotline.Web.Pages.FollowUp;

/// <summary>
/// One callback (回访): the request, the unit's result, whom to call and earlier attempts; the form records the
/// attempt and returns to the queue with what it did. Opening it claims the callback (others see "张三 正在回访").
/// A refused form is redisplayed with its messages and everything typed; when the form cannot be sent any more
/// (another agent holds or recorded the callback) what was typed is shown to copy.
/// </summary>
public sealed class CallbackModel(FollowUpService followUp, ReferenceDataService reference, CurrentUser user,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public CallbackInput Input { get; set; } = new();

    public CallbackTicket Ticket { get; private set; } = null!;

    /// <summary>Units to choose from when a sampled direct answer is reopened; empty otherwise.</summary>
    public IReadOnlyList<UnitOption> Units { get; private set; } = [];

    [TempData]
    public string? Done { get; set; }

    /// <summary>A save was refused: what the agent typed comes back with the message.</summary>
    public bool Refused { get; private set; }

    public async Task<IActionResult> OnGetAsync(string number, CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(number))
        {
            await followUp.ClaimAsync(number.Trim(), user.Viewer, ct);
        }

        if (!await LoadAsync(number, ct))
        {
            return NotFound();
        }

        Input = new CallbackInput { Version = Ticket.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string number, CancellationToken ct)
    {
        var result = await this.IfBoundAsync(() => followUp.RecordAsync(number, Input, user.Viewer, ct));
        if (result is not null && result.Errors.Any(e => e.Code == FollowUpService.NotFound))
        {
            return NotFound();
        }

        if (result is { Succeeded: true, Value: { } recorded })
        {
            Done = string.Format(CultureInfo.CurrentCulture, localizer[$"FollowUp.Done.{recorded.Outcome}"].Value,
                recorded.Number, recorded.FailedAttempts, recorded.Round);
            return Redirect("/FollowUp");
        }

        // A conflict is not "reload": the page shows what changed and keeps what was typed.
        ModelState.AddErrors((result?.Errors ?? []).Select(e => e.Code == ServiceError.Concurrency ? e with { Code = "FollowUp.Error.Changed" } : e), localizer);
        Refused = true;
        if (!await LoadAsync(number, ct))
        {
            return NotFound();
        }

        if (result?.Errors.Any(e => e.Code == ServiceError.Concurrency) == true)
        {
            // The page now shows what changed; the typed answers stay, and sending them again goes against this version.
            ModelState.Remove($"{nameof(Input)}.{nameof(Input.Version)}");
            Input.Version = Ticket.Version;
        }

        return Page();
    }

    /// <summary>The agent will not call now: the claim is let go so another agent can.</summary>
    public async Task<IActionResult> OnPostReleaseAsync(string number, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(number))
        {
            return NotFound();
        }

        await followUp.ReleaseAsync(number.Trim(), user.Viewer, ct);
        return Redirect("/FollowUp");
    }

    private async Task<bool> LoadAsync(string? number, CancellationToken ct)
    {
        var ticket = string.IsNullOrWhiteSpace(number) ? null : await followUp.GetAsync(number.Trim(), user.Viewer, ct);
        if (ticket is null)
        {
            return false;
        }

        Ticket = ticket;
        if (ticket.ReopenNeedsUnit && ticket.AwaitingCallback)
        {
            Units = await reference.UnitsAsync(ct);
        }

        return true;
    }
}
