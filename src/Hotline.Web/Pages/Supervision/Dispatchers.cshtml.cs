using Hotline.Domain.Performance;
using Hotline.Services.Common;
using Hotline.Services.Objections;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hotline.Web.Pages.Supervision;

/// <summary>
/// 派单员误派率 (supervisors only): each dispatcher's lead dispatches in the period and the objections to them upheld and
/// rejected; the misdispatch rate is upheld / dispatched (ADR 0029).
/// </summary>
public sealed class DispatchersModel(ObjectionService objections, HotlineClock clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public PeriodKind Kind { get; set; } = PeriodKind.Month;

    [BindProperty(SupportsGet = true)]
    public DateOnly? Date { get; set; }

    public Period Period { get; private set; } = Period.Containing(PeriodKind.Month, DateOnly.MinValue);

    public IReadOnlyList<DispatcherObjections> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var kind = Kind is PeriodKind.Week or PeriodKind.Month or PeriodKind.Year or PeriodKind.AllTime ? Kind : PeriodKind.Month;
        Date = ModelState.IsValid && Date is { } day && Hotline.Domain.Common.Limits.IsPlausible(day, clock.LocalToday) ? day : clock.LocalToday;
        Kind = kind;
        Period = Period.Containing(kind, Date.Value);
        Rows = await objections.DispatchersAsync(Period, ct);
    }
}
