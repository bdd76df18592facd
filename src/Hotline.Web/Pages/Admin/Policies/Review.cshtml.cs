using Hotline.Services.Admin;
using Hotline.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Hotline.Web.Pages.Admin.Policies;

/// <summary>
/// The review policy (审核, docs/decisions/0028-reply-review.md) beside the deadline policy: per request type, whether
/// replies always wait for review, whether they do while the ticket is supervised, and the reviewer's time limit. One
/// form per row with its row version, as on the deadline policy page.
/// </summary>
public sealed class ReviewModel(ReviewPolicyAdminService policies, CurrentUser user, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public ReviewPolicyInput Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public IReadOnlyList<ReviewPolicyRow> Rows { get; private set; } = [];

    /// <summary>The row whose save was refused: it shows what was typed, with the messages.</summary>
    public int? FailedRowId { get; private set; }

    public bool Conflicted { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Rows = await policies.ListAsync(ct);

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct)
    {
        var result = await this.IfBoundAsync(() => policies.UpdateAsync(Input, user.Actor, ct));
        if (result is { Succeeded: true })
        {
            var saved = (await policies.ListAsync(ct)).Single(r => r.Id == Input.Id);
            StatusMessage = localizer["ReviewPolicy.Saved", localizer.Enum(saved.RequestType)];
            return RedirectToPage();
        }

        ModelState.AddErrors((result?.Errors ?? []).KeepingTyped(), localizer);
        Conflicted = result.IsConflict();
        FailedRowId = Input.Id;
        Rows = await policies.ListAsync(ct);
        return Page();
    }

    /// <summary>What a row's inputs show: the typed values for the refused row, else what is stored.</summary>
    public (bool Always, bool WhenSupervised, LimitInput Limit) Shown(ReviewPolicyRow row) =>
        FailedRowId == row.Id ? (Input.Always, Input.WhenSupervised, Input.Limit) : (row.Always, row.WhenSupervised, LimitInput.From(row.Limit));

    /// <summary>The amount box's text: what was typed in the refused row (even "abc"), else the number.</summary>
    public string AmountText(ReviewPolicyRow row) =>
        FailedRowId == row.Id && ModelState.TryGetValue("Input.Limit.Amount", out var entry) && entry.AttemptedValue is { } typed
            ? typed
            : Shown(row).Limit.Amount?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>The messages for one field of the refused row.</summary>
    public IEnumerable<string> ErrorsFor(ReviewPolicyRow row, string field) =>
        FailedRowId == row.Id && ModelState.TryGetValue($"Input.{field}", out var entry) ? entry.Errors.Select(e => e.ErrorMessage) : [];
}
