using Hotline.Services.Common;
using Hotline.Services.Review;
using Hotline.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Hotline.Web.Pages.Review;

/// <summary>
/// 审核 of one reply (/Review/Ticket?number=…): the request, the unit's reply, what the automatic check found, and the
/// decision — pass (on to the callback) or send back to the unit with a reason. One form, two handlers; a refusal
/// redisplays it with what was typed, a decision someone else made first leaves the typed text on the page to copy.
/// </summary>
public sealed class TicketModel(ReviewService reviews, CurrentUser user, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Number { get; set; } = string.Empty;

    [BindProperty]
    public ReviewDecisionInput Input { get; set; } = new();

    public ReviewTicket Ticket { get; private set; } = null!;

    /// <summary>The version the form carries: the one the page was read at, or the one a refused form was sent with.</summary>
    public uint FormVersion { get; private set; }

    [TempData]
    public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostPassAsync(CancellationToken ct) => DecideAsync(pass: true, ct);

    public Task<IActionResult> OnPostSendBackAsync(CancellationToken ct) => DecideAsync(pass: false, ct);

    /// <summary>The typed reason when the reply is no longer in review (someone else decided first): shown to copy.</summary>
    public IReadOnlyList<UnsavedText> Unsaved() => Ticket.InReview
        ? []
        : UnsavedText.Typed(new UnsavedText(localizer["Review.Note"].Value, Input.Note));

    private async Task<IActionResult> DecideAsync(bool pass, CancellationToken ct)
    {
        Input.Number = Number;
        var result = await this.IfBoundAsync(() => pass ? reviews.PassAsync(Input, user.Viewer, ct) : reviews.SendBackAsync(Input, user.Viewer, ct));
        if (result is not null && result.Errors.Any(e => e.Code == TicketActs.NotFound))
        {
            return NotFound();
        }

        if (result is { Succeeded: true })
        {
            Done = string.Format(localizer[pass ? "Review.Done.Pass" : "Review.Done.SendBack"].Value, Number);
            return Redirect("/Review");
        }

        ModelState.AddErrors((result?.Errors ?? []).KeepingTyped("Workbench.Concurrency.Kept"), localizer);
        var version = Input.Version;
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        // A conflict: the form now carries the version just read, so sending what was typed again goes against what is
        // shown. Any other refusal keeps the version the form was sent with.
        if (!result.IsConflict())
        {
            FormVersion = version;
        }

        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var ticket = await reviews.TicketAsync(Number, user.Viewer, ct);
        if (ticket is null)
        {
            return false;
        }

        Ticket = ticket;
        FormVersion = ticket.Version;
        return true;
    }
}
