namespace Hotline.Domain.Performance;

/// <summary>
/// One day's count judged against its baseline: the mean and population standard deviation of the
/// <see cref="SurgeDetector.BaselineDays"/> days before it.
/// </summary>
public readonly record struct SurgeCheck(DateOnly Date, int Count, double BaselineMean, double BaselineDeviation)
{
    /// <summary>The count the day must exceed: mean + 3 × spread, the spread never below one ticket a day.</summary>
    public double Threshold => BaselineMean + (SurgeDetector.Deviations * Math.Max(BaselineDeviation, SurgeDetector.MinimumSpread));

    public bool IsSurge => Count >= SurgeDetector.MinimumCount && Count > Threshold;
}
