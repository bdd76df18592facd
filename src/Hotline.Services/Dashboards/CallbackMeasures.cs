using System.Linq.Expressions;
using Hotline.Domain.Performance;
using Hotline.Domain.Tickets;

namespace Hotline.Services.Dashboards;

/// <summary>
/// The satisfaction and solved measures, counted on callbacks that reached the citizen: an unreachable citizen judged
/// nothing, and neither did an excused one. Each round's callback counts for the unit that resolved that round, in the period of the call. Without a
/// unit, sampled direct answers (no unit) count too: that is the hotline-wide figure.
/// </summary>
public static class CallbackMeasures
{
    public static IReadOnlySet<Measure> All { get; } = new HashSet<Measure>
    {
        Measure.CallbacksReached, Measure.Satisfied, Measure.Dissatisfied, Measure.Solved, Measure.Unsolved,
    };

    public static Expression<Func<Callback, bool>> Predicate(Measure measure, MeasureWindow window, int? unitId)
    {
        ArgumentNullException.ThrowIfNull(window);
        var (start, end) = (window.Start, window.End);
        // A dissatisfied callback the unit appealed successfully (申诉 upheld, ADR 0031) judged nothing it is measured on.
        Expression<Func<Callback, bool>> reached = c => c.Reached && !c.Excused && (unitId == null || c.UnitId == unitId)
            && (start == null || c.AttemptedAt >= start) && (end == null || c.AttemptedAt < end);

        return measure switch
        {
            Measure.CallbacksReached => reached,
            Measure.Satisfied => reached.And(c => c.Satisfaction == Satisfaction.Satisfied || c.Satisfaction == Satisfaction.BasicallySatisfied),
            Measure.Dissatisfied => reached.And(c => c.Satisfaction == Satisfaction.Dissatisfied),
            Measure.Solved => reached.And(c => c.Solved == true),
            Measure.Unsolved => reached.And(c => c.Solved == false),
            _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, "Not a callback measure."),
        };
    }
}
