using Hotline.Domain.Performance;
using Hotline.Services.Common;
using Hotline.Services.Dashboards;
using Hotline.Services.Exports;
using Hotline.Services.Rankings;
using Hotline.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Hotline.Web.Pages.Dashboards;

/// <summary>
/// 统计排名: every unit for a week, month (default: this month) or year, ranked by efficiency index; exports the same
/// table (<c>?handler=Excel</c>, <c>?handler=Csv</c>). The /Dashboards folder is for supervisors and administrators.
/// A month can be published (ADR 0031): its versions are listed, the latest shown unless another (or the live
/// computation, <c>Version=0</c>) is chosen, with the differences from the version before; supervisors publish the first
/// version once the month is over and a corrected one after appeals about it are upheld.
/// </summary>
public sealed class RankingModel(RankingService ranking, RankingVersionService versions, HotlineClock clock, CurrentUser user, TimeDisplay time,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public PeriodKind Kind { get; set; } = PeriodKind.Month;

    /// <summary>Any date in the period; today when missing (or not a date).</summary>
    [BindProperty(SupportsGet = true)]
    public DateOnly? Date { get; set; }

    /// <summary>The published version to show (a month's); 0 for the live computation; the latest when missing.</summary>
    [BindProperty(SupportsGet = true)]
    public int? Version { get; set; }

    [BindProperty]
    public PublishInput Publish { get; set; } = new();

    [TempData]
    public string? Published { get; set; }

    public Period Period { get; private set; } = Period.Containing(PeriodKind.Month, DateOnly.MinValue);

    public RankingReport? Report { get; private set; }

    /// <summary>The month's published versions (none for other periods).</summary>
    public IReadOnlyList<RankingVersionInfo> Versions { get; private set; } = [];

    /// <summary>The version shown, or null for the live computation.</summary>
    public RankingVersionInfo? Shown { get; private set; }

    /// <summary>How each unit moved from the version before the one shown (empty unless a correction is shown).</summary>
    public IReadOnlyList<RankChange> Changes { get; private set; } = [];

    /// <summary>Appeals upheld about the month's facts, and whether a (corrected) version may be published now.</summary>
    public int AppealsUpheld { get; private set; }

    public bool CanPublish { get; private set; }

    private RankingVersionInfo? Latest => Versions.Count == 0 ? null : Versions[^1];

    public bool MonthOver => Period.Kind == PeriodKind.Month && Period.To < clock.LocalToday;

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostPublishAsync(CancellationToken ct)
    {
        var result = await this.IfBoundAsync(() => versions.PublishAsync(Publish, user.Actor, ct));
        if (result is { Succeeded: true, Value: var number })
        {
            Published = string.Format(System.Globalization.CultureInfo.CurrentCulture, localizer["Ranking.Versions.Published"].Value, number);
            return RedirectToPage(new { Kind = PeriodKind.Month, Date = Publish.Month?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Version = number });
        }

        ModelState.AddErrors(result?.Errors ?? [], localizer, nameof(Publish));
        (Kind, Date, Version) = (PeriodKind.Month, Publish.Month, null);
        await LoadAsync(ct);
        return Page();
    }

    public Task<IActionResult> OnGetExcelAsync(CancellationToken ct) => ExportAsync(ExportFormat.Excel, ct);

    public Task<IActionResult> OnGetCsvAsync(CancellationToken ct) => ExportAsync(ExportFormat.Csv, ct);

    /// <summary>The table shown, headed as the page heads it: the report and its version only (no comparison, no appeal count).</summary>
    private async Task<IActionResult> ExportAsync(ExportFormat format, CancellationToken ct)
    {
        await LoadReportAsync(ct);
        var file = RankingExport.Write(Report!, Shown, format, key => localizer[key], instant => time.DateTime(instant));
        return new ExportFileResult(file);
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        await LoadReportAsync(ct);
        if (Period.Kind != PeriodKind.Month)
        {
            return;
        }

        if (Shown is { Number: > 1 } && await versions.ReportAsync(Period.From, Shown.Number - 1, ct) is { } before)
        {
            Changes = RankingVersionService.Compare(before, Report!);
        }

        AppealsUpheld = await versions.AppealsUpheldAsync(Period.From, ct);
        CanPublish = user.IsIn(Domain.Access.Role.Supervisor) && MonthOver
            && (Versions.Count == 0 || AppealsUpheld > Versions[^1].AppealsUpheld);
    }

    /// <summary>The report chosen: a month's published version (the latest unless another or the live one is asked for), else live.</summary>
    private async Task LoadReportAsync(CancellationToken ct)
    {
        var period = ChosenPeriod();
        if (period.Kind != PeriodKind.Month)
        {
            Report = await ranking.RankAsync(period, ct);
            return;
        }

        Versions = await versions.VersionsAsync(period.From, ct);
        Shown = Version switch
        {
            0 => null,
            { } n => Versions.FirstOrDefault(v => v.Number == n) ?? Latest,
            null => Latest,
        };
        Report = Shown is null ? await ranking.RankAsync(period, ct) : await versions.ReportAsync(period.From, Shown.Number, ct);
    }

    /// <summary>The unit's name in the shown report, for the list of changes.</summary>
    public LocalizedName NameOf(int unitId) => Report?.Rows.FirstOrDefault(r => r.UnitId == unitId)?.Name ?? LocalizedName.Empty;

    private Period ChosenPeriod()
    {
        // A day is too short to rank units on; anything unknown falls back to the month.
        var kind = Kind is PeriodKind.Week or PeriodKind.Month or PeriodKind.Year or PeriodKind.AllTime ? Kind : PeriodKind.Month;
        Period = Period.Containing(kind, Date ?? clock.LocalToday);
        Date ??= clock.LocalToday;
        return Period;
    }
}
