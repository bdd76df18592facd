namespace Hotline.Domain.Performance;

/// <summary>How long a measured period is: units are summarised weekly, ranked monthly and rolled up yearly; all time for the long view.</summary>
public enum PeriodKind
{
    Day = 1,

    /// <summary>An ISO week, Monday to Sunday.</summary>
    Week = 2,

    Month = 3,
    Year = 4,

    /// <summary>Everything up to and including the given day (<see cref="Period.AllTime"/>).</summary>
    AllTime = 5,
}
