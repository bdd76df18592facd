using Hotline.Services.Common;
using Hotline.Services.Exports;
using Hotline.Services.Reference;
using Hotline.Services.Tickets;
using Hotline.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Hotline.Web.Pages.Tickets;

/// <summary>
/// Ticket search: filters in the query string so a result can be bookmarked and shared. A figure's drill-down is the
/// same list with <c>Measure</c> set; supervisors and administrators export any list (<c>?handler=Excel|Csv</c>).
/// </summary>
public sealed class IndexModel(TicketQueryService tickets, ReferenceDataService reference, TicketExportService exports, CurrentUser user,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public TicketFilter Filter { get; set; } = new();

    public PagedList<TicketListItem> Result { get; private set; } = new([], 1, TicketFilter.DefaultPageSize, 0);

    public IReadOnlyList<CategoryOption> Categories { get; private set; } = [];

    public IReadOnlyList<UnitOption> Units { get; private set; } = [];

    public bool UnitBound { get; private set; }

    public bool MayExport { get; private set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        // Values that did not bind (a typed date like 2026-13-01, or year 1) are dropped, with a message by their field.
        var viewer = user.Viewer;
        UnitBound = viewer.IsUnitBound;
        Result = await tickets.SearchAsync(Filter, viewer, ct);
        Categories = await reference.LeafCategoriesAsync(ct);
        // A liaison has no unit picker, but a figure's chip still names its unit.
        Units = UnitBound && Filter.Measure is null ? [] : await reference.UnitsAsync(ct);
        MayExport = TicketExportService.MayExport(viewer);
    }

    public Task<IActionResult> OnGetExcelAsync(CancellationToken ct) => ExportAsync(ExportFormat.Excel, ct);

    public Task<IActionResult> OnGetCsvAsync(CancellationToken ct) => ExportAsync(ExportFormat.Csv, ct);

    private async Task<IActionResult> ExportAsync(ExportFormat format, CancellationToken ct)
    {
        var viewer = user.Viewer;
        if (!TicketExportService.MayExport(viewer))
        {
            return Forbid();
        }

        var result = await exports.ExportAsync(Filter, viewer, format, key => localizer[key], ct);
        if (result.Value is not { } file)
        {
            // Too many rows: back to the same list, which says why.
            StatusMessage = localizer[result.Errors[0].Code];
            return RedirectToPage("/Tickets/Index", RouteFor(Filter.Page));
        }

        return new Infrastructure.ExportFileResult(file);
    }

    /// <summary>The query string of this search on another page (or with the other sort order, or without its figure).</summary>
    public Dictionary<string, string?> RouteFor(int page, bool? oldestFirst = null, bool withMeasure = true) => new()
    {
        ["Filter.Measure"] = withMeasure ? Filter.Measure?.ToString() : null,
        ["Filter.Number"] = Filter.Number,
        ["Filter.Phone"] = Filter.Phone,
        ["Filter.Text"] = Filter.Text,
        ["Filter.Status"] = Filter.Status?.ToString(),
        ["Filter.Type"] = Filter.Type?.ToString(),
        ["Filter.CategoryId"] = Filter.CategoryId?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Filter.UnitId"] = Filter.UnitId?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Filter.From"] = Filter.From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["Filter.To"] = Filter.To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["Filter.OldestFirst"] = (oldestFirst ?? Filter.OldestFirst) ? "true" : null,
        ["Filter.Page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
