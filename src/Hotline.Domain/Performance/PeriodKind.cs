namespace Hotline.Domain.Performance;

/// <summary>How long a measured period is: units are summarised weekly, ranked monthly and rolled up yearly.</summary>
public enum PeriodKind
{
    Day = 1,

    /// <summary>An ISO week, Monday to Sunday.</summary>
    Week = 2,

    Month = 3,
    Year = 4,
}
