using Hotline.Domain.Performance;
using Hotline.Services.Common;
using Hotline.Services.Dashboards;
using Hotline.Services.Delegation;
using Hotline.Services.Objections;
using Hotline.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hotline.Web.Pages.Units;

/// <summary>
/// 本单位考核: one unit's components and place for a period, its last twelve months and what is overdue now.
/// Supervisors and administrators pick any unit; a liaison sees their own (another unit's id answers 404).
/// </summary>
public sealed class PerformanceModel(UnitPerformanceService units, UnitTrendService trends, HeldTimeService held, ObjectionService objections,
    DelegationService delegation, Services.Incidents.IncidentService incidents, HotlineClock clock, CurrentUser user) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "id")]
    public int? UnitId { get; set; }

    [BindProperty(SupportsGet = true)]
    public PeriodKind Kind { get; set; } = PeriodKind.Month;

    [BindProperty(SupportsGet = true)]
    public DateOnly? Date { get; set; }

    [BindProperty(SupportsGet = true)]
    public int OverduePage { get; set; } = 1;

    public UnitPerformance? Performance { get; private set; }

    public IReadOnlyList<TrendPoint> Trend { get; private set; } = [];

    /// <summary>How long the unit held tickets in each month of <see cref="Trend"/>, and the share lost to misdispatch.</summary>
    public IReadOnlyList<HeldTime> Held { get; private set; } = [];

    public PagedList<OverdueAssignment> Overdue { get; private set; } = new([], 1, UnitPerformanceService.OverduePageSize, 0);

    public Period Period { get; private set; } = Period.Containing(PeriodKind.Month, DateOnly.MinValue);

    /// <summary>派单异议 the unit raised in the period, upheld and rejected (ADR 0029).</summary>
    public ObjectionCounts Objections { get; private set; } = ObjectionCounts.None;

    /// <summary>下派: the parts it worked as a sub-unit and how many it delegated (ADR 0029).</summary>
    public DelegationCounts Delegation { get; private set; } = DelegationCounts.None;

    /// <summary>突发事件 whose master the unit leads, in the period (ADR 0032).</summary>
    public IReadOnlyList<Services.Incidents.IncidentMeasures> Incidents { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var viewer = user.Viewer;
        if ((UnitId ?? UnitPerformanceService.DefaultUnit(viewer)) is not { } unitId)
        {
            // Hotline staff choose a unit from the ranking.
            return RedirectToPage("/Dashboards/Ranking");
        }

        UnitId = unitId;
        var kind = Kind is PeriodKind.Week or PeriodKind.Month or PeriodKind.Year or PeriodKind.AllTime ? Kind : PeriodKind.Month;
        Date ??= clock.LocalToday;
        Period = Period.Containing(kind, Date.Value);
        Performance = await units.GetAsync(unitId, Period, viewer, ct);
        if (Performance is null)
        {
            // Not a unit, or not this liaison's: the same answer, so ids cannot be probed.
            return NotFound();
        }

        Trend = await trends.TrendAsync(unitId, Period, viewer, ct) ?? [];
        Held = await held.MonthsAsync(unitId, [.. Trend.Select(t => t.Month)], viewer, ct) ?? [];
        Overdue = await units.OverdueAsync(unitId, OverduePage, viewer, ct) ?? Overdue;
        Objections = await objections.UnitCountsAsync(unitId, Period, ct);
        Delegation = await delegation.CountsAsync(unitId, Period, ct);
        Incidents = await incidents.MeasuresAsync(Period.From, Period.EndExclusive, unitId, ct);
        return Page();
    }
}
