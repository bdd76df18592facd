using Hotline.Services.Knowledge;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hotline.Web.Pages.Admin.Knowledge;

/// <summary>One saved version of an article, as it was read out to callers then.</summary>
public sealed class VersionModel(KnowledgeAdminService knowledge) : PageModel
{
    public ArticleVersionView? Version { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, int number, CancellationToken ct)
    {
        Version = await knowledge.VersionAsync(id, number, ct);
        return Version is null ? NotFound() : Page();
    }
}
