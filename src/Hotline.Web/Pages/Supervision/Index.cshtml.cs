using System.Globalization;
using Hotline.Services.Reference;
using Hotline.Services.Supervision;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hotline.Web.Pages.Supervision;

/// <summary>
/// The supervisor's work list (督办工作台): overdue and nearly due clocks of every unit, requests waiting for a decision,
/// tickets reopened repeatedly and the week's dissatisfied callbacks. Filters live in the query string.
/// </summary>
public sealed class IndexModel(SupervisorWorkListService workList, ReferenceDataService reference) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public WorkListFilter Filter { get; set; } = new();

    public SupervisorWorkList List { get; private set; } = null!;

    public IReadOnlyList<UnitOption> Units { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        List = await workList.WorkListAsync(Filter, ct);
        Units = await reference.UnitsAsync(ct);
    }

    /// <summary>This page's address with the filter, and one section (a <see cref="WorkListFilter"/> page property) moved to <paramref name="page"/>.</summary>
    public string PageUrl(string section, int page)
    {
        var query = new List<string>();
        if (Filter.UnitId is { } unit)
        {
            query.Add(string.Create(CultureInfo.InvariantCulture, $"Filter.UnitId={unit}"));
        }

        if (Filter.Warning is { } warning)
        {
            query.Add($"Filter.Warning={warning}");
        }

        foreach (var (name, current) in new[]
                 {
                     (nameof(WorkListFilter.ClocksPage), Filter.ClocksPage),
                     (nameof(WorkListFilter.ReopenedPage), Filter.ReopenedPage),
                     (nameof(WorkListFilter.CallbacksPage), Filter.CallbacksPage),
                 })
        {
            var value = name == section ? page : current;
            if (value > 1)
            {
                query.Add(string.Create(CultureInfo.InvariantCulture, $"Filter.{name}={value}"));
            }
        }

        return query.Count == 0 ? "/Supervision" : $"/Supervision?{string.Join('&', query)}";
    }
}
