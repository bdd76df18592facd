using Hotline.Services.Common;
using Hotline.Services.Exports;
using Hotline.Services.Incidents;
using Hotline.Web.Infrastructure;
using Hotline.Web.RealTime;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Hotline.Web.Pages.Supervision.Incidents;

/// <summary>
/// One incident (supervisors): its terms and master, the calls attached (paged), the callbacks' progress, the report's
/// figures with their export (xlsx/CSV, streamed), and the end button.
/// </summary>
public sealed class DetailsModel(IncidentService incidents, CurrentUser user, IncidentPush push, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    [BindProperty]
    public uint Version { get; set; }

    [TempData]
    public string? Done { get; set; }

    public IncidentReport Report { get; private set; } = null!;

    public PagedList<IncidentCallRow> Calls { get; private set; } = new([], 1, IncidentService.PageSize, 0);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostEndAsync(CancellationToken ct)
    {
        var result = await this.IfBoundAsync(() => incidents.EndAsync(Id, Version, user.Viewer, ct));
        if (result is { Succeeded: true })
        {
            push.Changed();
            Done = localizer["Incident.Done.Ended"].Value;
            return RedirectToPage(new { id = Id });
        }

        ModelState.AddErrors(result?.Errors ?? [], localizer, string.Empty);
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    public Task<IActionResult> OnGetExcelAsync(CancellationToken ct) => ExportAsync(ExportFormat.Excel, ct);

    public Task<IActionResult> OnGetCsvAsync(CancellationToken ct) => ExportAsync(ExportFormat.Csv, ct);

    private async Task<IActionResult> ExportAsync(ExportFormat format, CancellationToken ct)
    {
        var report = await incidents.ReportAsync(Id, ct);
        return report is null ? NotFound() : new ExportFileResult(IncidentExport.Write(report, format, key => localizer[key]));
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var report = await incidents.ReportAsync(Id, ct);
        if (report is null)
        {
            return false;
        }

        Report = report;
        Calls = await incidents.CallsAsync(Id, PageNumber, ct);
        return true;
    }
}
