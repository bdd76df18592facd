using Hotline.Services.Common;

namespace Hotline.Services.Dashboards;

/// <summary>
/// A leaf category that surged on at least one day of the period: its biggest surge day, that day's count and the
/// baseline (mean and population standard deviation of the 28 days before it), and on how many days it surged.
/// </summary>
public sealed record SurgingCategory(
    int CategoryId,
    LocalizedName Parent,
    LocalizedName Name,
    DateOnly PeakDay,
    int PeakCount,
    double BaselineMean,
    double BaselineDeviation,
    int SurgeDays);
