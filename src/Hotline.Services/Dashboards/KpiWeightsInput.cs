namespace Hotline.Services.Dashboards;

/// <summary>The KPI weights form. <see cref="Current"/> is the stored value the administrator saw (a save over a newer one is refused).</summary>
public sealed class KpiWeightsInput
{
    public decimal? SignFor { get; set; }
    public decimal? FirstResponse { get; set; }
    public decimal? OnTimeCompletion { get; set; }
    public decimal? Satisfaction { get; set; }
    public decimal? Solved { get; set; }

    /// <summary>The fewest cases each rate is judged on; empty is none.</summary>
    public int? SignForMinimum { get; set; }
    public int? FirstResponseMinimum { get; set; }
    public int? OnTimeCompletionMinimum { get; set; }
    public int? SatisfactionMinimum { get; set; }
    public int? SolvedMinimum { get; set; }
    public string? Current { get; set; }
}
