namespace Hotline.Domain.Performance;

/// <summary>
/// 效能指数: <c>100 × Σ wᵢ·rᵢ / Σ wᵢ</c> over the components that have a value (docs/measures.md). A component
/// nothing was measured for is left out rather than counted as 0% or 100%, so a unit is judged on what it did.
/// </summary>
public static class EfficiencyIndex
{
    /// <summary>
    /// The index 0–100, or null when no component has a value, or when every component with a value weighs 0
    /// (nothing left to average: the unit is unrated, not 0).
    /// </summary>
    public static double? Compute(UnitScore score, KpiWeights weights)
    {
        ArgumentNullException.ThrowIfNull(score);
        ArgumentNullException.ThrowIfNull(weights);
        double weighted = 0, total = 0;
        foreach (var component in Enum.GetValues<KpiComponent>())
        {
            if (score[component].Value is not { } rate)
            {
                continue;
            }

            var weight = (double)weights[component];
            weighted += weight * rate;
            total += weight;
        }

        return total > 0 ? 100 * weighted / total : null;
    }
}
