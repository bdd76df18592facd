namespace Hotline.Domain.Performance;

/// <summary>
/// How much each component counts in the efficiency index. Administrators edit them; only their proportions
/// matter (the index divides by the sum of the weights in play), so 15/15/30/20/20 and 3/3/6/4/4 rank alike.
/// </summary>
public sealed record KpiWeights(decimal SignFor, decimal FirstResponse, decimal OnTimeCompletion, decimal Satisfaction, decimal Solved)
{
    /// <summary>The largest weight accepted: keeps typing slips (15000 for 15.000) from passing unnoticed.</summary>
    public const decimal MaxWeight = 1000m;

    public const string ErrorNegative = "Kpi.Error.Negative";
    public const string ErrorTooLarge = "Kpi.Error.TooLarge";
    public const string ErrorSumZero = "Kpi.Error.SumZero";

    /// <summary>The published default: sign-for 15, first response 15, on-time completion 30, satisfaction 20, solved 20.</summary>
    public static KpiWeights Default { get; } = new(15m, 15m, 30m, 20m, 20m);

    /// <summary>The fewest cases each rate is judged on (none by default).</summary>
    public SampleMinimums Minimums { get; init; } = SampleMinimums.None;

    public decimal Sum => SignFor + FirstResponse + OnTimeCompletion + Satisfaction + Solved;

    public decimal this[KpiComponent component] => component switch
    {
        KpiComponent.SignFor => SignFor,
        KpiComponent.FirstResponse => FirstResponse,
        KpiComponent.OnTimeCompletion => OnTimeCompletion,
        KpiComponent.Satisfaction => Satisfaction,
        KpiComponent.Solved => Solved,
        _ => throw new ArgumentOutOfRangeException(nameof(component), component, "Unknown component."),
    };

    /// <summary>Why these weights cannot be used, per component (null for the whole set); empty when they can.</summary>
    public IReadOnlyList<(KpiComponent? Component, string ErrorKey)> Problems()
    {
        var problems = new List<(KpiComponent?, string)>();
        foreach (var component in Enum.GetValues<KpiComponent>())
        {
            var weight = this[component];
            if (weight < 0)
            {
                problems.Add((component, ErrorNegative));
            }
            else if (weight > MaxWeight)
            {
                problems.Add((component, ErrorTooLarge));
            }
        }

        problems.AddRange((Minimums ?? SampleMinimums.None).OutOfRange().Select(c => ((KpiComponent?)c, SampleMinimums.ErrorOutOfRange)));
        if (problems.Count == 0 && Sum <= 0)
        {
            problems.Add((null, ErrorSumZero));
        }

        return problems;
    }

    public bool IsValid => Problems().Count == 0;
}
