using Hotline.Services.Admin;
using Hotline.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Hotline.Web.Pages.Admin.Policies;

/// <summary>
/// The deadline policy table, one form per row carrying the row version it was read at, so two administrators
/// editing the same row never silently overwrite each other.
/// </summary>
public sealed class IndexModel(PolicyAdminService policies, CurrentUser user, IStringLocalizer<SharedResource> localizer) : PageModel
{
    /// <summary>The limits in the order of the table's columns.</summary>
    public static readonly string[] Limits =
        [nameof(PolicyInput.Dispatch), nameof(PolicyInput.SignFor), nameof(PolicyInput.FirstContact), nameof(PolicyInput.Resolve), nameof(PolicyInput.Callback)];

    [BindProperty]
    public PolicyInput Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public IReadOnlyList<PolicyRow> Rows { get; private set; } = [];

    /// <summary>The row whose save was refused: it shows what was typed, with the messages.</summary>
    public int? FailedRowId { get; private set; }

    /// <summary>The refused row was saved by someone else meanwhile: it keeps what was typed with the version just read.</summary>
    public bool Conflicted { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Rows = await policies.ListAsync(ct);

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var result = await policies.UpdateAsync(Input, user.Actor, ct);
            if (result.Succeeded)
            {
                var saved = (await policies.ListAsync(ct)).Single(r => r.Id == Input.Id);
                StatusMessage = localizer["Policies.Saved", RowName(saved)];
                return RedirectToPage();
            }

            ModelState.AddErrors(result.Errors.KeepingTyped(), localizer);
            Conflicted = result.IsConflict();
        }

        FailedRowId = Input.Id;
        Rows = await policies.ListAsync(ct);
        return Page();
    }

    public string RowName(PolicyRow row) =>
        $"{(row.RequestType is { } type ? localizer.Enum(type) : localizer["Policies.AnyType"])} · {localizer.Enum(row.Urgency)}";

    /// <summary>What a row's inputs show: the typed values for the refused row, else what is stored.</summary>
    public LimitInput Shown(PolicyRow row, string limit) => (FailedRowId == row.Id, limit) switch
    {
        (true, nameof(PolicyInput.Dispatch)) => Input.Dispatch,
        (true, nameof(PolicyInput.SignFor)) => Input.SignFor,
        (true, nameof(PolicyInput.FirstContact)) => Input.FirstContact,
        (true, nameof(PolicyInput.Resolve)) => Input.Resolve,
        (true, nameof(PolicyInput.Callback)) => Input.Callback,
        (false, nameof(PolicyInput.Dispatch)) => LimitInput.From(row.Dispatch),
        (false, nameof(PolicyInput.SignFor)) => LimitInput.From(row.SignFor),
        (false, nameof(PolicyInput.FirstContact)) => LimitInput.From(row.FirstContact),
        (false, nameof(PolicyInput.Resolve)) => LimitInput.From(row.Resolve),
        (false, nameof(PolicyInput.Callback)) => LimitInput.From(row.Callback),
        _ => throw new ArgumentOutOfRangeException(nameof(limit), limit, "Unknown limit."),
    };

    /// <summary>The amount box's text: what was typed in the refused row (even "abc"), else the number.</summary>
    public string AmountText(PolicyRow row, string limit) =>
        FailedRowId == row.Id && ModelState.TryGetValue($"Input.{limit}.Amount", out var entry) && entry.AttemptedValue is { } typed
            ? typed
            : Shown(row, limit).Amount?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>The messages for one field of the refused row.</summary>
    public IEnumerable<string> ErrorsFor(PolicyRow row, string field) =>
        FailedRowId == row.Id && ModelState.TryGetValue($"Input.{field}", out var entry)
            ? entry.Errors.Select(e => e.ErrorMessage)
            : [];
}
