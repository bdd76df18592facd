using Hotline.Services.Common;
using Hotline.Services.Reference;
using Hotline.Services.Users;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hotline.Web.Pages.Admin.Users;

/// <summary>用户管理: every account, filterable by name, role, unit and state.</summary>
public sealed class IndexModel(UserDirectory directory, ReferenceDataService reference) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public UserFilter Filter { get; set; } = new();

    public PagedList<UserRow> Users { get; private set; } = new([], 1, UserDirectory.PageSize, 0);

    public IReadOnlyList<UnitOption> Units { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Users = await directory.ListAsync(Filter, ct);
        Units = await reference.UnitsAsync(ct);
    }
}
