namespace Hotline.Services.Dashboards;

/// <summary>A rate's counts as one query returns them.</summary>
public sealed record RateRow(long Numerator, long Denominator);
