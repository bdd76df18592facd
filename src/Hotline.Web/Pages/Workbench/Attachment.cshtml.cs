using Hotline.Services.Workbench;
using Hotline.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hotline.Web.Pages.Workbench;

/// <summary>Downloads an attachment; 404 for one whose ticket the liaison's unit was never given.</summary>
public sealed class AttachmentModel(WorkbenchService workbench, CurrentUser user) : PageModel
{
    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        var file = await workbench.DownloadAttachmentAsync(id, user.Viewer, ct);
        return file is null ? NotFound() : File(file.Content, file.ContentType, file.FileName);
    }
}
