using System.Linq.Expressions;
using Hotline.Domain.Performance;
using Hotline.Domain.Tickets;

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

    public static Expression<Func<Ticket, bool>> Predicate(Measure measure, MeasureWindow window, int? unitId)
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

        // Running clocks: the dispatch clock while pending; the active lead unit's sign-for, first-contact and
        // resolution clocks until it resolves. Overdue (red) once one is past its deadline.
        Expression<Func<Ticket, bool>> overdue = t =>
            (unitId == null && t.Status == TicketStatus.PendingDispatch && t.DispatchDueAt < now)
            || t.Assignments.Any(a => a.IsActive && a.Role == AssignmentRole.Lead && a.ResolvedAt == null && (unitId == null || a.UnitId == unitId)
                && ((a.SignedForAt == null && a.SignForDueAt < now) || (a.FirstContactAt == null && a.FirstContactDueAt < now) || a.ResolveDueAt < now));

        // Yellow: no more than `share` of the start-to-due span left (DeadlineWarning.Evaluate), and not red.
        Expression<Func<Ticket, bool>> yellow = t =>
            (unitId == null && t.Status == TicketStatus.PendingDispatch && t.DispatchDueAt >= now
                && (t.DispatchDueAt!.Value - now).TotalSeconds <= share * (t.DispatchDueAt!.Value - t.RegisteredAt).TotalSeconds)
            || t.Assignments.Any(a => a.IsActive && a.Role == AssignmentRole.Lead && a.ResolvedAt == null && (unitId == null || a.UnitId == unitId)
                && ((a.SignedForAt == null && a.SignForDueAt >= now && (a.SignForDueAt - now).TotalSeconds <= share * (a.SignForDueAt - a.DispatchedAt).TotalSeconds)
                    || (a.FirstContactAt == null && a.FirstContactDueAt >= now && (a.FirstContactDueAt - now).TotalSeconds <= share * (a.FirstContactDueAt - a.DispatchedAt).TotalSeconds)
                    || (a.ResolveDueAt >= now && (a.ResolveDueAt - now).TotalSeconds <= share * (a.ResolveDueAt - a.DispatchedAt).TotalSeconds)));

        return measure switch
        {
            Measure.Registered => registered,
            Measure.DirectlyAnswered => registered.And(t => t.IsDirectlyAnswered),
            Measure.Dispatched => dispatched,
            // Settled at the first dispatch: an approved return restarts the clock but does not rewrite it (docs/measures.md).
            Measure.DispatchedInTime => dispatched.And(t => t.DispatchedInTime == true),
            Measure.Open => open,
            Measure.Overdue => open.And(overdue),
            Measure.NearlyDue => open.And(yellow).And(Not(overdue)),
            _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, "Not a ticket measure."),
        };
    }

    private static Expression<Func<Ticket, bool>> Not(Expression<Func<Ticket, bool>> predicate) =>
        Expression.Lambda<Func<Ticket, bool>>(Expression.Not(predicate.Body), predicate.Parameters);
}
