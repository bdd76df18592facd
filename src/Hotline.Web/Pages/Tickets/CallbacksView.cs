using Hotline.Services.Tickets;
using Hotline.Web.Infrastructure;

namespace Hotline.Web.Pages.Tickets;

/// <summary>The ticket page's 回访记录 partial: the ticket and its callback deadline as the page shows it (null when none runs).</summary>
public sealed record CallbacksView(TicketDetail Ticket, ClockView? Due);
