using Hotline.Services.Common;
using Hotline.Services.Reference;
using Hotline.Services.Tickets;
using Hotline.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hotline.Web.Pages.Tickets;

/// <summary>Ticket search: filters in the query string so a result can be bookmarked and shared.</summary>
public sealed class IndexModel(TicketQueryService tickets, ReferenceDataService reference, CurrentUser user) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public TicketFilter Filter { get; set; } = new();

    public PagedList<TicketListItem> Result { get; private set; } = new([], 1, TicketFilter.DefaultPageSize, 0);

    public IReadOnlyList<CategoryOption> Categories { get; private set; } = [];

    public IReadOnlyList<UnitOption> Units { get; private set; } = [];

    public bool UnitBound { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        // Values that did not parse (a typed date like 2026-13-01) are dropped rather than failing the page.
        var viewer = user.Viewer;
        UnitBound = viewer.IsUnitBound;
        Result = await tickets.SearchAsync(Filter, viewer, ct);
        Categories = await reference.LeafCategoriesAsync(ct);
        Units = UnitBound ? [] : await reference.UnitsAsync(ct);
    }

    /// <summary>The query string of this search on another page (or with the other sort order).</summary>
    public Dictionary<string, string?> RouteFor(int page, bool? oldestFirst = null) => new()
    {
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
