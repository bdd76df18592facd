using Hotline.Services.Workbench;
using Hotline.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Hotline.Web.Pages.Workbench;

/// <summary>The unit's queue (本单位工单): tabs by what is due next, the most urgent clock first, 签收 in one click.</summary>
public sealed class IndexModel(WorkbenchService workbench, CurrentUser user, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public WorkbenchFilter Filter { get; set; } = new();

    public WorkbenchQueue Queue { get; private set; } = new(new([], 1, WorkbenchFilter.DefaultPageSize, 0), new Dictionary<WorkbenchGroup, int>());

    [TempData]
    public string? Done { get; set; }

    [TempData]
    public string? Failed { get; set; }

    public async Task OnGetAsync(CancellationToken ct) =>
        Queue = await workbench.QueueAsync(user.Viewer, Filter, ct);

    public async Task<IActionResult> OnPostSignForAsync(string number, uint version, CancellationToken ct)
    {
        // The row's form sends only the number and version: a value that does not bind is a tampered request.
        if (!ModelState.IsValidFor(nameof(number), nameof(version)))
        {
            return BadRequest();
        }

        var result = await workbench.SignForAsync(number, new SignForInput { Version = version }, user.Viewer, ct);
        if (result.Errors.Any(e => e.Code == WorkbenchService.NotFound))
        {
            return NotFound();
        }

        if (result.Succeeded)
        {
            Done = string.Format(localizer["Workbench.SignedFor"].Value, number);
        }
        else
        {
            Failed = string.Join(" ", result.Errors.Select(e => localizer[WorkbenchErrors.Key(e.Code)].Value));
        }

        return Redirect(QueueUrl(Filter));
    }

    /// <summary>The queue's address with this filter (page, tab, urgency, words).</summary>
    public static string QueueUrl(WorkbenchFilter filter, WorkbenchGroup? group = null, int? page = null, bool keepGroup = true)
    {
        var query = new List<string>();
        var shownGroup = keepGroup ? group ?? filter.Group : group;
        if (shownGroup is { } g)
        {
            query.Add($"Filter.Group={g}");
        }

        if (filter.Urgency is { } u)
        {
            query.Add($"Filter.Urgency={u}");
        }

        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            query.Add($"Filter.Text={Uri.EscapeDataString(filter.Text)}");
        }

        if (page is { } p and > 1)
        {
            query.Add($"Filter.Page={p}");
        }

        return query.Count == 0 ? "/Workbench" : $"/Workbench?{string.Join('&', query)}";
    }
}
