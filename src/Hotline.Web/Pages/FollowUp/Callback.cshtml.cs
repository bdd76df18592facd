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
/// attempt and returns to the queue with what it did. A refused form is redisplayed with its messages.
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

    public async Task<IActionResult> OnGetAsync(string number, CancellationToken ct)
    {
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

        ModelState.AddErrors(result?.Errors ?? [], localizer);
        return await LoadAsync(number, ct) ? Page() : NotFound();
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
