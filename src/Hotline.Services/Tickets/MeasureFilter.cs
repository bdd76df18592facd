using Hotline.Domain.Performance;
using Hotline.Domain.Tickets;
using Hotline.Services.Dashboards;
using Hotline.Services.Data;

namespace Hotline.Services.Tickets;

/// <summary>
/// The ticket list's drill-down: <c>/Tickets?Measure=…&amp;UnitId=…&amp;From=…&amp;To=…</c> lists exactly the tickets a
/// figure counts, through the same predicates the counts are summed from (Dashboards/*Measures). With a measure,
/// UnitId, From and To are the measure's unit and period, not the list's "lead unit" and "registered" filters.
/// A ticket counted twice in one figure (two rounds at the same unit in one period) is listed once.
/// </summary>
public static class MeasureFilter
{
    /// <summary>True when UnitId/From/To belong to the measure (the list's own unit and date filters stand aside).</summary>
    public static bool ScopesUnitAndDates(this TicketFilter filter) => filter?.Measure is not null;

    public static IQueryable<Ticket> WithMeasure(this IQueryable<Ticket> tickets, TicketFilter filter, HotlineDbContext db, MeasureWindow window)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(db);
        if (filter.Measure is not { } measure)
        {
            return tickets;
        }

        var unit = filter.UnitId;
        if (AssignmentMeasures.All.Contains(measure))
        {
            var ids = db.Assignments.Where(AssignmentMeasures.Predicate(measure, window, unit)).Select(a => a.TicketId);
            return tickets.Where(t => ids.Contains(t.Id));
        }

        if (CallbackMeasures.All.Contains(measure))
        {
            var ids = db.Callbacks.Where(CallbackMeasures.Predicate(measure, window, unit)).Select(c => c.TicketId);
            return tickets.Where(t => ids.Contains(t.Id));
        }

        if (measure == Measure.Extensions)
        {
            var ids = db.ExtensionRequests.Where(ExtensionMeasures.Predicate(measure, window, unit)).Select(e => e.TicketId);
            return tickets.Where(t => ids.Contains(t.Id));
        }

        // A measure this version does not know (a hand-typed link) matches nothing rather than everything.
        return TicketMeasures.All.Contains(measure) ? tickets.Where(TicketMeasures.Predicate(measure, window, unit, db.RunningClocks)) : tickets.Where(_ => false);
    }
}
