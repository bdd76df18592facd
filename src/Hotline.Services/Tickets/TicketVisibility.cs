using Hotline.Domain.Tickets;
using Hotline.Services.Common;

namespace Hotline.Services.Tickets;

/// <summary>The single rule for which tickets a viewer may see; every ticket query (lists, details, attachments, exports) starts here.</summary>
public static class TicketVisibility
{
    public static IQueryable<Ticket> VisibleTo(this IQueryable<Ticket> tickets, Viewer viewer) =>
        viewer.IsUnitBound
            // A unit sees every ticket it was ever given, as lead or assisting unit, in any round.
            ? tickets.Where(t => viewer.UnitId != null && t.Assignments.Any(a => a.UnitId == viewer.UnitId))
            : tickets;
}
