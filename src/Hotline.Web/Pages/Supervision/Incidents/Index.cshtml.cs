using Hotline.Domain.Common;
using Hotline.Services.Common;
using Hotline.Services.Incidents;
using Hotline.Services.Reference;
using Hotline.Web.Infrastructure;
using Hotline.Web.RealTime;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Hotline.Web.Pages.Supervision.Incidents;

/// <summary>
/// 突发事件 (supervisors): the incidents declared, latest first, and the form to declare one — a name, a category (a
/// group or a leaf), an area (or the whole city), a window and the master: an existing ticket's number, or a new ticket
/// registered with the declaration from the first caller's report.
/// </summary>
public sealed class IndexModel(IncidentService incidents, ReferenceDataService reference, CurrentUser user, TimeDisplay time,
    IncidentPush push, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    [BindProperty]
    public DeclareIncidentInput Input { get; set; } = new();

    [TempData]
    public string? Done { get; set; }

    public PagedList<IncidentSummary> List { get; private set; } = new([], 1, IncidentService.PageSize, 0);

    public IReadOnlyList<IncidentCategoryOption> Categories { get; private set; } = [];

    public IReadOnlyList<UnitOption> Areas { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var now = time.LocalNowForInput();
        Input = new DeclareIncidentInput { StartsAt = now, EndsAt = now.AddDays(1), SubmissionId = SubmissionIds.New() };
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostDeclareAsync(CancellationToken ct)
    {
        var result = await this.IfBoundAsync(() => incidents.DeclareAsync(Input, user.Viewer, ct));
        if (result is { Succeeded: true })
        {
            push.Changed();
            Done = string.Format(localizer["Incident.Done.Declared"].Value, Input.Name?.Trim());
            return RedirectToPage("Details", new { id = result.Value });
        }

        ModelState.AddErrors(result?.Errors ?? [], localizer);
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        List = await incidents.ListAsync(PageNumber, ct);
        Categories = await incidents.CategoryChoicesAsync(ct);
        Areas = await reference.AreasAsync(ct);
    }
}
