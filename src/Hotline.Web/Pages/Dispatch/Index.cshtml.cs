using Hotline.Services.Common;
using Hotline.Services.Dispatch;
using Hotline.Services.Reference;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hotline.Web.Pages.Dispatch;

/// <summary>The dispatch queue: tickets waiting for a unit, supervised, urgent and most overdue first; refreshes itself.</summary>
public sealed class IndexModel(DispatchService dispatch, ReferenceDataService reference) : PageModel
{
    /// <summary>How often the queue reloads its rows without reloading the page.</summary>
    public const int RefreshSeconds = 30;

    [BindProperty(SupportsGet = true)]
    public DispatchQueueFilter Filter { get; set; } = new();

    public PagedList<QueueItem> Queue { get; private set; } = new([], 1, DispatchQueueFilter.DefaultPageSize, 0);

    public IReadOnlyList<CategoryOption> Categories { get; private set; } = [];

    public IReadOnlyList<UnitOption> Areas { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Queue = await dispatch.QueueAsync(Filter, ct);
        Categories = await reference.LeafCategoriesAsync(ct);
        Areas = await reference.AreasAsync(ct);
    }

    /// <summary>Just the rows, for the periodic refresh.</summary>
    public async Task<IActionResult> OnGetRowsAsync(CancellationToken ct)
    {
        Queue = await dispatch.QueueAsync(Filter, ct);
        return Partial("_QueueRows", this);
    }
}
