using Hotline.Services.Audit;
using Hotline.Services.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hotline.Web.Pages.Admin.Audit;

/// <summary>操作审计: every administration act and refused sign-in, newest first; the log cannot be edited.</summary>
public sealed class IndexModel(AuditLog audit) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public AuditFilter Filter { get; set; } = new();

    public PagedList<AuditRow> Entries { get; private set; } = new([], 1, AuditLog.PageSize, 0);

    /// <summary>The units the listed entries name, shown by name rather than code or id.</summary>
    public AuditNames Names { get; private set; } = AuditNames.None;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Entries = await audit.ListAsync(Filter, ct);
        Names = await audit.NamesAsync(Entries.Items, ct);
    }
}
