using Hotline.Domain.Performance;
using Hotline.Services.Common;
using Hotline.Services.Dashboards;
using Hotline.Services.Exports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Hotline.Web.Pages.Dashboards;

/// <summary>
/// 统计排名: every unit for a week, month (default: this month) or year, ranked by efficiency index; exports the same
/// table (<c>?handler=Excel</c>, <c>?handler=Csv</c>). The /Dashboards folder is for supervisors and administrators.
/// </summary>
public sealed class RankingModel(RankingService ranking, HotlineClock clock, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public PeriodKind Kind { get; set; } = PeriodKind.Month;

    /// <summary>Any date in the period; today when missing (or not a date).</summary>
    [BindProperty(SupportsGet = true)]
    public DateOnly? Date { get; set; }

    public Period Period { get; private set; } = Period.Containing(PeriodKind.Month, DateOnly.MinValue);

    public RankingReport? Report { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Report = await ranking.RankAsync(ChosenPeriod(), ct);

    public Task<IActionResult> OnGetExcelAsync(CancellationToken ct) => ExportAsync(ExportFormat.Excel, ct);

    public Task<IActionResult> OnGetCsvAsync(CancellationToken ct) => ExportAsync(ExportFormat.Csv, ct);

    private async Task<IActionResult> ExportAsync(ExportFormat format, CancellationToken ct)
    {
        var report = await ranking.RankAsync(ChosenPeriod(), ct);
        var file = RankingExport.Write(report, format, key => localizer[key]);
        return new Infrastructure.ExportFileResult(file);
    }

    private Period ChosenPeriod()
    {
        // A day is too short to rank units on; anything unknown falls back to the month.
        var kind = Kind is PeriodKind.Week or PeriodKind.Month or PeriodKind.Year or PeriodKind.AllTime ? Kind : PeriodKind.Month;
        Period = Period.Containing(kind, Date ?? clock.LocalToday);
        Date ??= clock.LocalToday;
        return Period;
    }
}
