namespace Hotline.Domain.Deadlines;

/// <summary>
/// A computed due instant (UTC), and the years the computation crossed that have no calendar data:
/// those were treated as a plain Monday–Friday week, which the caller should log as a warning.
/// </summary>
public readonly record struct DeadlineResult(DateTimeOffset DueAt, IReadOnlyList<int> YearsWithoutData)
{
    public bool UsedMissingCalendarData => YearsWithoutData is { Count: > 0 };
}
