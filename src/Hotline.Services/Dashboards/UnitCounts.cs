using Hotline.Domain.Performance;

namespace Hotline.Services.Dashboards;

/// <summary>
/// One unit's counts for one period: the numerators and denominators of its five rates, returns, extensions and the
/// replies a reviewer sent back (<see cref="ReviewReturns"/>, by dispatch day; not a rate and not in the index).
/// </summary>
public sealed record UnitCounts(
    int UnitId,
    long Assigned,
    long SignedOnTime,
    long ContactMeasured,
    long ContactedOnTime,
    long FellDue,
    long ResolvedOnTime,
    long CallbacksReached,
    long Satisfied,
    long Solved,
    long Returns,
    long Extensions,
    long ReviewReturns = 0)
{
    public static UnitCounts None(int unitId) => new(unitId, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /// <summary>The fewest cases each rate is judged on (the KPI settings'); none unless a reader sets them.</summary>
    public SampleMinimums Minimums { get; init; } = SampleMinimums.None;

    public UnitScore Score => new UnitScore(
        new Rate(SignedOnTime, Assigned),
        new Rate(ContactedOnTime, ContactMeasured),
        new Rate(ResolvedOnTime, FellDue),
        new Rate(Satisfied, CallbacksReached),
        new Rate(Solved, CallbacksReached)).With(Minimums);

    /// <summary>The count of a unit measure: what its drill-down list holds (one row per ticket, docs/measures.md).</summary>
    public long Count(Measure measure) => measure switch
    {
        Measure.Assigned => Assigned,
        Measure.SignedOnTime => SignedOnTime,
        Measure.SignedLate => Assigned - SignedOnTime,
        Measure.ContactMeasured => ContactMeasured,
        Measure.ContactedOnTime => ContactedOnTime,
        Measure.ContactedLate => ContactMeasured - ContactedOnTime,
        Measure.FellDue => FellDue,
        Measure.ResolvedOnTime => ResolvedOnTime,
        Measure.ResolvedLate => FellDue - ResolvedOnTime,
        Measure.CallbacksReached => CallbacksReached,
        Measure.Satisfied => Satisfied,
        Measure.Dissatisfied => CallbacksReached - Satisfied,
        Measure.Solved => Solved,
        Measure.Unsolved => CallbacksReached - Solved,
        Measure.Returns => Returns,
        Measure.Extensions => Extensions,
        Measure.ReviewReturns => ReviewReturns,
        _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, "Not a unit measure."),
    };

    /// <summary>The measures that make up one component: the rate's numerator, its denominator, and the misses.</summary>
    public static (Measure Numerator, Measure Denominator, Measure Missed) MeasuresOf(KpiComponent component) => component switch
    {
        KpiComponent.SignFor => (Measure.SignedOnTime, Measure.Assigned, Measure.SignedLate),
        KpiComponent.FirstResponse => (Measure.ContactedOnTime, Measure.ContactMeasured, Measure.ContactedLate),
        KpiComponent.OnTimeCompletion => (Measure.ResolvedOnTime, Measure.FellDue, Measure.ResolvedLate),
        KpiComponent.Satisfaction => (Measure.Satisfied, Measure.CallbacksReached, Measure.Dissatisfied),
        KpiComponent.Solved => (Measure.Solved, Measure.CallbacksReached, Measure.Unsolved),
        _ => throw new ArgumentOutOfRangeException(nameof(component), component, "Unknown component."),
    };
}
