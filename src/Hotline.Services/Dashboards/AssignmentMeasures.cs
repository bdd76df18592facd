using System.Linq.Expressions;
using Hotline.Domain.Performance;
using Hotline.Domain.Tickets;

namespace Hotline.Services.Dashboards;

/// <summary>
/// The unit measures counted on lead assignments (docs/measures.md, "Per unit"). Every predicate includes the period
/// and, when given, the unit; assisting units are not rated.
/// </summary>
public static class AssignmentMeasures
{
    public static IReadOnlySet<Measure> All { get; } = new HashSet<Measure>
    {
        Measure.Assigned, Measure.SignedOnTime, Measure.SignedLate, Measure.ContactMeasured, Measure.ContactedOnTime,
        Measure.ContactedLate, Measure.FellDue, Measure.ResolvedOnTime, Measure.ResolvedLate, Measure.Returns, Measure.Resolved,
        Measure.ReviewReturns,
    };

    public static Expression<Func<Assignment, bool>> Predicate(Measure measure, MeasureWindow window, int? unitId)
    {
        ArgumentNullException.ThrowIfNull(window);
        var (start, end, now) = (window.Start, window.End, window.Now);
        Expression<Func<Assignment, bool>> lead = a => a.Role == AssignmentRole.Lead && (unitId == null || a.UnitId == unitId);

        // Taken away: no longer the unit's and never resolved (return approved, merged, re-dispatched).
        Expression<Func<Assignment, bool>> notTakenAway = a => a.IsActive || a.ResolvedAt != null;
        var dispatched = lead.And(notTakenAway)
            .And(a => (start == null || a.DispatchedAt >= start) && (end == null || a.DispatchedAt < end));

        // A clock is decided once its act happened or its deadline passed; meeting it exactly is on time.
        var assigned = dispatched.And(a => a.SignedForAt != null || a.SignForDueAt < now);
        var contactMeasured = dispatched.And(a => a.FirstContactAt != null || a.FirstContactDueAt < now);
        var fellDue = lead.And(notTakenAway)
            .And(a => (start == null || a.ResolveDueAt >= start) && (end == null || a.ResolveDueAt < end) && a.ResolveDueAt < now);

        return measure switch
        {
            Measure.Assigned => assigned,
            Measure.SignedOnTime => assigned.And(a => a.SignedForAt != null && a.SignedForAt <= a.SignForDueAt),
            Measure.SignedLate => assigned.And(a => a.SignedForAt == null || a.SignedForAt > a.SignForDueAt),
            Measure.ContactMeasured => contactMeasured,
            Measure.ContactedOnTime => contactMeasured.And(a => a.FirstContactAt != null && a.FirstContactAt <= a.FirstContactDueAt),
            Measure.ContactedLate => contactMeasured.And(a => a.FirstContactAt == null || a.FirstContactAt > a.FirstContactDueAt),
            Measure.FellDue => fellDue,
            Measure.ResolvedOnTime => fellDue.And(a => a.ResolvedAt != null && a.ResolvedAt <= a.ResolveDueAt),
            Measure.ResolvedLate => fellDue.And(a => a.ResolvedAt == null || a.ResolvedAt > a.ResolveDueAt),
            // The set behind the average handling time: lead assignments resolved in the period.
            Measure.Resolved => lead.And(a => a.ResolvedAt != null
                && (start == null || a.ResolvedAt >= start) && (end == null || a.ResolvedAt < end)),
            // Any decision: a rejected return still cost the citizen time.
            Measure.Returns => lead.And(a => a.ReturnRequestedAt != null
                && (start == null || a.ReturnRequestedAt >= start) && (end == null || a.ReturnRequestedAt < end)),
            // As the unit rollup counts them (hotline_assignment_figures): by dispatch day, whether taken away later or not.
            Measure.ReviewReturns => lead.And(a => a.ReviewReturns > 0
                && (start == null || a.DispatchedAt >= start) && (end == null || a.DispatchedAt < end)),
            _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, "Not an assignment measure."),
        };
    }
}
