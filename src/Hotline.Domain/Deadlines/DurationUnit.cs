namespace Hotline.Domain.Deadlines;

/// <summary>How a <see cref="TimeLimit"/> is counted: natural 24/7 time, or only working time.</summary>
public enum DurationUnit
{
    Minutes = 1,
    Hours = 2,
    WorkingHours = 3,
    WorkingDays = 4,
}
