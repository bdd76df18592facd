namespace Hotline.Services.Dashboards;

/// <summary>A rate's counts on one local day.</summary>
public sealed record DayRateRow(DateOnly Day, long Numerator, long Denominator);
