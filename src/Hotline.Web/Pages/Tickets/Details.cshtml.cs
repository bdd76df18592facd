using Hotline.Services.Tickets;
using Hotline.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hotline.Web.Pages.Tickets;

/// <summary>One ticket with its timeline. A ticket the viewer may not see answers 404, exactly like one that does not exist.</summary>
public sealed class DetailsModel(TicketQueryService tickets, HoldingService holdings, CurrentUser user, TimeDisplay time) : PageModel
{
    public TicketDetail Ticket { get; private set; } = null!;

    /// <summary>Who held the ticket and for how long (时限分段).</summary>
    public HoldingsView Holdings { get; private set; } = HoldingsView.Empty;

    /// <summary>The dispatch deadline as the page shows it: met, counting down while the ticket waits, or stopped.</summary>
    public ClockView DispatchClock { get; private set; } = null!;

    /// <summary>Each assignment's deadlines (in the order of <see cref="TicketDetail.Assignments"/>).</summary>
    public IReadOnlyList<AssignmentClocks> AssignmentClocks { get; private set; } = [];

    /// <summary>The callback deadline while the ticket waits for its callback, else null.</summary>
    public ClockView? CallbackClock { get; private set; }

    public async Task<IActionResult> OnGetAsync(string number, CancellationToken ct)
    {
        var ticket = await tickets.GetAsync(number, user.Viewer, ct);
        if (ticket is null)
        {
            return NotFound();
        }

        Ticket = ticket;
        DispatchClock = time.Clock(ticket.DispatchClock, ticket.DispatchDueAt, ticket.DispatchedAt);
        AssignmentClocks = [.. ticket.Assignments.Select(time.Clocks)];
        CallbackClock = ticket.FollowUp is { AwaitingCallback: true, CallbackDueAt: { } due } f ? time.Clock(f.CallbackClock, due, null) : null;
        Holdings = await holdings.ViewAsync(ticket, ct);
        return Page();
    }
}
