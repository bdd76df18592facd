using Hotline.Services.Units;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hotline.Web.Pages.Admin.Units;

/// <summary>承办单位: the unit tree (districts with their townships), with each unit's liaisons.</summary>
public sealed class IndexModel(UnitAdminService units) : PageModel
{
    public IReadOnlyList<UnitRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Rows = await units.TreeAsync(ct);
}
