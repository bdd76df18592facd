using Hotline.Domain.Tickets;
using Hotline.Services.Common;

namespace Hotline.Services.Tickets;

/// <summary>The single rule for which tickets a viewer may see; every ticket query starts here.</summary>
public static class TicketVisibility
{
    public static IQueryable<Ticket> VisibleTo(this IQueryable<Ticket> tickets, Viewer viewer) =>
        viewer.IsUnitBound
            ? tickets.Where(t => viewer.UnitId != null && t.LeadUnitId == viewer.UnitId)
            : tickets;
}
