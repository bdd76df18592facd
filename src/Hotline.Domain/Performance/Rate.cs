namespace Hotline.Domain.Performance;

/// <summary>
/// A measured rate with the counts behind it. A rate whose denominator is zero has no value (shown as —, never 0%
/// or 100%), and neither has one measured on fewer cases than its <see cref="Minimum"/> sample (too few to judge by).
/// </summary>
public readonly record struct Rate(long Numerator, long Denominator)
{
    /// <summary>The fewest cases the rate is judged on (<see cref="SampleMinimums"/>); 0 or 1: any.</summary>
    public long Minimum { get; init; }

    /// <summary>The rate as a fraction 0–1, or null when nothing, or too little (<see cref="IsTooFew"/>), was measured.</summary>
    public double? Value => Denominator == 0 || IsTooFew ? null : (double)Numerator / Denominator;

    /// <summary>Measured, but on fewer cases than <see cref="Minimum"/>: shown as —, left out of the index.</summary>
    public bool IsTooFew => Denominator > 0 && Denominator < Minimum;

    /// <summary>The rate as a percentage 0–100, or null when nothing was measured.</summary>
    public double? Percent => Value * 100;

    public static Rate operator +(Rate a, Rate b) =>
        new(a.Numerator + b.Numerator, a.Denominator + b.Denominator) { Minimum = Math.Max(a.Minimum, b.Minimum) };

    public static Rate Add(Rate a, Rate b) => a + b;
}
