using Hotline.Domain.Tickets;
using Hotline.Services.Appeals;
using Hotline.Services.Common;
using Hotline.Services.Reference;
using Hotline.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hotline.Web.Pages.Appeals;

/// <summary>
/// 申诉记录: every appeal and its decision, newest first, filterable by unit and status. Supervisors and administrators
/// see every unit's; a liaison sees only their own unit's (the service narrows it, whatever the filter says).
/// </summary>
public sealed class LogModel(AppealService appeals, ReferenceDataService reference, CurrentUser user) : PageModel
{
    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true, Name = "unit")]
    public int? UnitId { get; set; }

    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true, Name = "status")]
    public RequestStatus? Status { get; set; }

    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public PagedList<AppealLogRow> Rows { get; private set; } = new([], 1, AppealService.DefaultPageSize, 0);

    public IReadOnlyList<UnitOption> Units { get; private set; } = [];

    public bool IsUnitBound => user.Viewer.IsUnitBound;

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            // An unknown status or unit in the address: the unfiltered log rather than an error.
            (UnitId, Status) = (null, null);
        }

        Status = Status is { } s && Enum.IsDefined(s) ? s : null;
        Rows = await appeals.LogAsync(new AppealLogFilter(UnitId, Status, PageNumber), user.Viewer, ct);
        Units = IsUnitBound ? [] : await reference.UnitsAsync(ct);
    }

    /// <summary>The address of another page of the same filter.</summary>
    public string PageLink(int page) => $"?unit={UnitId}&status={Status}&p={page}";
}
