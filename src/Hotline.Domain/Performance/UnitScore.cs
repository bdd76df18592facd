namespace Hotline.Domain.Performance;

/// <summary>One unit's five rated components for one period, each with the counts behind it.</summary>
public sealed record UnitScore(Rate SignFor, Rate FirstResponse, Rate OnTimeCompletion, Rate Satisfaction, Rate Solved)
{
    public static UnitScore Empty { get; } = new(default, default, default, default, default);

    public Rate this[KpiComponent component] => component switch
    {
        KpiComponent.SignFor => SignFor,
        KpiComponent.FirstResponse => FirstResponse,
        KpiComponent.OnTimeCompletion => OnTimeCompletion,
        KpiComponent.Satisfaction => Satisfaction,
        KpiComponent.Solved => Solved,
        _ => throw new ArgumentOutOfRangeException(nameof(component), component, "Unknown component."),
    };

    /// <summary>The same counts judged with <paramref name="minimums"/>: a rate on too few cases has no value.</summary>
    public UnitScore With(SampleMinimums minimums)
    {
        ArgumentNullException.ThrowIfNull(minimums);
        return new(SignFor with { Minimum = minimums.SignFor }, FirstResponse with { Minimum = minimums.FirstResponse },
            OnTimeCompletion with { Minimum = minimums.OnTimeCompletion }, Satisfaction with { Minimum = minimums.Satisfaction },
            Solved with { Minimum = minimums.Solved });
    }

    /// <summary>True when at least one component was measured (has a denominator).</summary>
    public bool IsRated => Enum.GetValues<KpiComponent>().Any(c => this[c].Value is not null);

    /// <summary>The efficiency index with <paramref name="weights"/>; see <see cref="EfficiencyIndex"/>.</summary>
    public double? Index(KpiWeights weights) => EfficiencyIndex.Compute(this, weights);

    public static UnitScore operator +(UnitScore a, UnitScore b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return new(a.SignFor + b.SignFor, a.FirstResponse + b.FirstResponse, a.OnTimeCompletion + b.OnTimeCompletion,
            a.Satisfaction + b.Satisfaction, a.Solved + b.Solved);
    }

    public static UnitScore Add(UnitScore a, UnitScore b) => a + b;
}
