using Hotline.Services.Tickets;
using Hotline.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hotline.Web.Pages.Tickets;

/// <summary>One ticket with its timeline. A ticket the viewer may not see answers 404, exactly like one that does not exist.</summary>
public sealed class DetailsModel(TicketQueryService tickets, CurrentUser user) : PageModel
{
    public TicketDetail Ticket { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string number, CancellationToken ct)
    {
        var ticket = await tickets.GetAsync(number, user.Viewer, ct);
        if (ticket is null)
        {
            return NotFound();
        }

        Ticket = ticket;
        return Page();
    }
}
