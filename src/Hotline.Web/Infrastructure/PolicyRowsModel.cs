using System.Globalization;
using Hotline.Services.Admin;
using Hotline.Services.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Hotline.Web.Infrastructure;

/// <summary>
/// A policy table edited one row at a time (the deadline policy, the review policy): each row's form carries the version
/// it was read at, so two administrators editing the same row never silently overwrite each other. A save redirects with
/// a confirmation; a refused one shows the table again with that row as typed, its messages beside its fields.
/// </summary>
public abstract class PolicyRowsModel<TInput, TRow>(IStringLocalizer<SharedResource> localizer) : PageModel
    where TInput : class, IPolicyRowInput, new()
{
    [BindProperty]
    public TInput Input { get; set; } = new();

    protected IStringLocalizer<SharedResource> Localizer { get; } = localizer;

    [TempData]
    public string? StatusMessage { get; set; }

    public IReadOnlyList<TRow> Rows { get; private set; } = [];

    /// <summary>The row whose save was refused: it shows what was typed, with the messages.</summary>
    public int? FailedRowId { get; private set; }

    /// <summary>The refused row was saved by someone else meanwhile: it keeps what was typed with the version just read.</summary>
    public bool Conflicted { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Rows = await ListAsync(ct);

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct)
    {
        var result = await this.IfBoundAsync(() => UpdateAsync(Input, ct));
        if (result is { Succeeded: true })
        {
            var saved = (await ListAsync(ct)).Single(r => IdOf(r) == Input.Id);
            StatusMessage = SavedMessage(saved);
            return RedirectToPage();
        }

        ModelState.AddErrors((result?.Errors ?? []).KeepingTyped(), Localizer);
        Conflicted = result.IsConflict();
        FailedRowId = Input.Id;
        Rows = await ListAsync(ct);
        return Page();
    }

    /// <summary>The messages for one field of the refused row.</summary>
    public IEnumerable<string> ErrorsFor(TRow row, string field) =>
        IsRefused(row) && ModelState.TryGetValue($"Input.{field}", out var entry) ? entry.Errors.Select(e => e.ErrorMessage) : [];

    protected bool IsRefused(TRow row) => FailedRowId == IdOf(row);

    /// <summary>A limit's amount box: what was typed in the refused row (even "abc"), else <paramref name="shown"/>'s number.</summary>
    protected string AmountTextOf(TRow row, string limit, LimitInput shown)
    {
        ArgumentNullException.ThrowIfNull(shown);
        return IsRefused(row) && ModelState.TryGetValue($"Input.{limit}.Amount", out var entry) && entry.AttemptedValue is { } typed
            ? typed
            : shown.Amount?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
    }

    protected abstract Task<IReadOnlyList<TRow>> ListAsync(CancellationToken ct);

    protected abstract Task<ServiceResult<uint>> UpdateAsync(TInput input, CancellationToken ct);

    protected abstract int IdOf(TRow row);

    /// <summary>The confirmation naming the row just saved.</summary>
    protected abstract string SavedMessage(TRow saved);
}
