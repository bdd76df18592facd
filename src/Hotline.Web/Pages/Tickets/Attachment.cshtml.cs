using Hotline.Services.Tickets;
using Hotline.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hotline.Web.Pages.Tickets;

/// <summary>Downloads an attachment for anyone who may see its ticket; 404 otherwise (a liaison of another unit included).</summary>
public sealed class AttachmentModel(TicketQueryService tickets, CurrentUser user) : PageModel
{
    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        var file = await tickets.DownloadAttachmentAsync(id, user.Viewer, ct);
        return file is null ? NotFound() : File(file.Content, file.ContentType, file.FileName);
    }
}
