namespace Hotline.Domain.Performance;

/// <summary>
/// A measured rate with the counts behind it. A rate whose denominator is zero has no value (shown as —, never 0%
/// or 100%).
/// </summary>
public readonly record struct Rate(long Numerator, long Denominator)
{
    /// <summary>The rate as a fraction 0–1, or null when nothing was measured.</summary>
    public double? Value => Denominator == 0 ? null : (double)Numerator / Denominator;

    /// <summary>The rate as a percentage 0–100, or null when nothing was measured.</summary>
    public double? Percent => Value * 100;

    public static Rate operator +(Rate a, Rate b) => new(a.Numerator + b.Numerator, a.Denominator + b.Denominator);

    public static Rate Add(Rate a, Rate b) => a + b;
}
