using Hotline.Services.Common;
using Hotline.Services.Knowledge;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hotline.Web.Pages.Admin.Knowledge;

/// <summary>知识库: articles by last change, filterable by text, status and category.</summary>
public sealed class IndexModel(KnowledgeAdminService knowledge) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public ArticleFilter Filter { get; set; } = new();

    public PagedList<ArticleRow> Articles { get; private set; } = new([], 1, KnowledgeAdminService.PageSize, 0);

    public async Task OnGetAsync(CancellationToken ct) => Articles = await knowledge.ListAsync(Filter, ct);
}
