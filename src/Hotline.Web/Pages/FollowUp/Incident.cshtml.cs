using Hotline.Services.Common;
using Hotline.Services.Incidents;
using Hotline.Web.Infrastructure;
using Hotline.Web.RealTime;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Hotline.Web.Pages.FollowUp;

/// <summary>
/// 批量回访 of an incident (agents and supervisors): once the master is resolved, list the attached callers (one line per
/// number), then record one outcome per caller on one form — "all reached, satisfied, solved" fills the blank lines, the
/// agent changes the exceptions and saves once. Lines left blank wait for another attempt.
/// </summary>
public sealed class IncidentModel(IncidentService incidents, CurrentUser user, IncidentPush push, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    [BindProperty]
    public List<IncidentCallbackRowInput> Rows { get; set; } = [];

    [TempData]
    public string? Done { get; set; }

    public IncidentDetail Incident { get; private set; } = null!;

    public PagedList<IncidentCallbackRow> Callbacks { get; private set; } = new([], 1, IncidentService.CallbackPageSize, 0);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostListAsync(CancellationToken ct)
    {
        var result = await this.IfBoundAsync(() => incidents.ListCallbacksAsync(Id, user.Viewer, ct));
        if (result is { Succeeded: true })
        {
            push.Changed();
            Done = string.Format(localizer["Incident.Done.Listed"].Value, result.Value);
            return RedirectToPage(new { id = Id });
        }

        ModelState.AddErrors(result?.Errors ?? [], localizer, string.Empty);
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostRecordAsync(CancellationToken ct)
    {
        var result = await this.IfBoundAsync(() => incidents.RecordCallbacksAsync(Id, Rows, user.Viewer, ct));
        if (result is { Succeeded: true })
        {
            push.Changed();
            Done = string.Format(localizer["Incident.Done.Recorded"].Value, result.Value);
            return RedirectToPage(new { id = Id, p = PageNumber });
        }

        ModelState.AddErrors((result?.Errors ?? []).KeepingTyped(), localizer, string.Empty);
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    /// <summary>What the agent chose on a redisplayed form, else nothing (a fresh page starts blank).</summary>
    public IncidentCallbackRowInput? Typed(long id) => Rows.FirstOrDefault(r => r.Id == id);

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var incident = await incidents.DetailAsync(Id, ct);
        if (incident is null)
        {
            return false;
        }

        Incident = incident;
        Callbacks = await incidents.CallbacksAsync(Id, PageNumber, ct);
        return true;
    }
}
