namespace Hotline.Domain.Performance;

/// <summary>
/// 最少样本量: per component, the fewest cases a unit's rate is judged on. Below it the rate shows "—" and is left out
/// of the efficiency index, so two callbacks do not make a unit best or worst. Administrators set them beside the weights.
/// </summary>
public sealed record SampleMinimums(int SignFor, int FirstResponse, int OnTimeCompletion, int Satisfaction, int Solved)
{
    /// <summary>The largest minimum accepted: a month of the busiest unit's tickets.</summary>
    public const int Max = 100_000;

    public const string ErrorOutOfRange = "Kpi.Error.MinimumOutOfRange";

    /// <summary>No minimum: every measured rate counts.</summary>
    public static SampleMinimums None { get; } = new(0, 0, 0, 0, 0);

    public int this[KpiComponent component] => component switch
    {
        KpiComponent.SignFor => SignFor,
        KpiComponent.FirstResponse => FirstResponse,
        KpiComponent.OnTimeCompletion => OnTimeCompletion,
        KpiComponent.Satisfaction => Satisfaction,
        KpiComponent.Solved => Solved,
        _ => throw new ArgumentOutOfRangeException(nameof(component), component, "Unknown component."),
    };

    /// <summary>The components whose minimum is below 0 or above <see cref="Max"/>.</summary>
    public IReadOnlyList<KpiComponent> OutOfRange() => [.. Enum.GetValues<KpiComponent>().Where(c => this[c] is < 0 or > Max)];
}
