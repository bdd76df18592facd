using Hotline.Services.Common;
using Hotline.Services.Review;
using Hotline.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hotline.Web.Pages.Review;

/// <summary>审核: the replies waiting for a reviewer (supervisors), supervised first, then by review deadline.</summary>
public sealed class IndexModel(ReviewService reviews, CurrentUser user) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    [TempData]
    public string? Done { get; set; }

    public PagedList<ReviewQueueItem> Queue { get; private set; } = new([], 1, ReviewService.DefaultPageSize, 0);

    public async Task OnGetAsync(CancellationToken ct) =>
        Queue = await reviews.QueueAsync(user.Viewer, PageNumber, ReviewService.DefaultPageSize, ct);
}
