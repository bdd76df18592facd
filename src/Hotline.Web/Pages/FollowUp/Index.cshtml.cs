using Hotline.Services.FollowUp;
using Hotline.Services.Incidents;
using Hotline.Services.Reference;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hotline.Web.Pages.FollowUp;

/// <summary>The callback queue (回访): resolved tickets and sampled direct answers, the earliest callback deadline first.</summary>
public sealed class IndexModel(FollowUpService followUp, ReferenceDataService reference, IncidentService incidents) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public CallbackQueueFilter Filter { get; set; } = new();

    public CallbackQueue Queue { get; private set; } = new(new([], 1, CallbackQueueFilter.DefaultPageSize, 0), 0);

    public IReadOnlyList<UnitOption> Units { get; private set; } = [];

    /// <summary>突发事件 whose callers wait for the master's result (bulk callback, /FollowUp/Incident).</summary>
    public IReadOnlyList<IncidentSummary> Incidents { get; private set; } = [];

    /// <summary>What the last callback did, after the post/redirect/get from the callback page.</summary>
    [TempData]
    public string? Done { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Queue = await followUp.QueueAsync(Filter, ct);
        Incidents = await incidents.AwaitingCallbacksAsync(ct);
        Units = await reference.UnitsAsync(ct);
    }

    /// <summary>The queue's address with this filter and <paramref name="page"/>.</summary>
    public static string QueueUrl(CallbackQueueFilter filter, int page)
    {
        var query = new List<string>();
        if (filter.OverdueOnly)
        {
            query.Add("Filter.OverdueOnly=true");
        }

        if (filter.Kind is { } kind)
        {
            query.Add($"Filter.Kind={kind}");
        }

        if (filter.UnitId is { } unit)
        {
            query.Add($"Filter.UnitId={unit}");
        }

        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            query.Add($"Filter.Text={Uri.EscapeDataString(filter.Text)}");
        }

        if (page > 1)
        {
            query.Add($"Filter.Page={page}");
        }

        return query.Count == 0 ? "/FollowUp" : $"/FollowUp?{string.Join('&', query)}";
    }
}
