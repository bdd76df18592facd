using System.Linq.Expressions;
using Hotline.Domain.Performance;
using Hotline.Domain.Tickets;
using Hotline.Services.Deadlines;

namespace Hotline.Services.Dashboards;

/// <summary>
/// The hotline-wide measures counted on tickets (docs/measures.md, "Hotline-wide"). With a unit: registered and
/// directly answered tickets of the unit as the ticket list reads it (lead unit, else suggested unit); dispatched
/// tickets first dispatched to the unit; open, overdue and nearly due tickets whose active lead unit it is.
/// </summary>
public static class TicketMeasures
{
    public static IReadOnlySet<Measure> All { get; } = new HashSet<Measure>
    {
        Measure.Registered, Measure.DirectlyAnswered, Measure.Dispatched, Measure.DispatchedInTime,
        Measure.Open, Measure.Overdue, Measure.NearlyDue,
    };

    /// <param name="clocks">The view running_clocks (<c>db.RunningClocks</c>): overdue and nearly due read its colour.</param>
    public static Expression<Func<Ticket, bool>> Predicate(Measure measure, MeasureWindow window, int? unitId, IQueryable<TicketClock> clocks)
    {
        ArgumentNullException.ThrowIfNull(window);
        var (start, end, now, share) = (window.Start, window.End, window.Now, window.WarningShare);
        Expression<Func<Ticket, bool>> registered = t => (start == null || t.RegisteredAt >= start) && (end == null || t.RegisteredAt < end)
            && (unitId == null || t.LeadUnitId == unitId || (t.LeadUnitId == null && t.SuggestedUnitId == unitId));
        Expression<Func<Ticket, bool>> dispatched = t => t.DispatchedAt != null
            && (start == null || t.DispatchedAt >= start) && (end == null || t.DispatchedAt < end)
            && (unitId == null || t.Assignments.Any(a => a.Role == AssignmentRole.Lead && a.DispatchedAt == t.DispatchedAt && a.UnitId == unitId));
        Expression<Func<Ticket, bool>> open = t => t.Status != TicketStatus.Closed && t.Status != TicketStatus.Merged && t.Status != TicketStatus.Cancelled
            && (unitId == null || t.Assignments.Any(a => a.IsActive && a.Role == AssignmentRole.Lead && a.UnitId == unitId));

        // The clock running on the ticket (docs/decisions/0018-one-running-clock.md): the dispatch clock while pending
        // (hotline-wide only: it is no unit's), the active lead unit's sign-for, first-contact or resolution clock until
        // it resolves. Red (2) once past its deadline, yellow (1) within `share` of its span.
        Expression<Func<Ticket, bool>> Coloured(int warning) => t => clocks.Any(c => c.TicketId == t.Id
            && ((unitId == null && c.Clock == ClockKind.Dispatch) || (c.Role == AssignmentRole.Lead && (unitId == null || c.UnitId == unitId)))
            && TicketClock.Warning(c.StartedAt, c.DueAt, now, share) == warning);
        var overdue = Coloured(2);
        var yellow = Coloured(1);

        return measure switch
        {
            Measure.Registered => registered,
            Measure.DirectlyAnswered => registered.And(t => t.IsDirectlyAnswered),
            Measure.Dispatched => dispatched,
            // Settled at the first dispatch: an approved return restarts the clock but does not rewrite it (docs/measures.md).
            Measure.DispatchedInTime => dispatched.And(t => t.DispatchedInTime == true),
            Measure.Open => open,
            Measure.Overdue => open.And(overdue),
            Measure.NearlyDue => open.And(yellow),
            _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, "Not a ticket measure."),
        };
    }
}
