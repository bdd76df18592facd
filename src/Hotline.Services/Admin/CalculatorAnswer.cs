using System.Globalization;
using Hotline.Domain.Deadlines;

namespace Hotline.Services.Admin;

/// <summary>
/// The calculator's answer, both instants in the hotline's local time (with its offset).
/// <see cref="YearsWithoutData"/> lists the years counted as plain Monday–Friday weeks for lack of a calendar.
/// </summary>
public sealed record CalculatorAnswer(DateTimeOffset Start, TimeLimit Limit, DateTimeOffset DueAt, IReadOnlyList<int> YearsWithoutData)
{
    /// <summary>ISO 8601 with offset, e.g. 2026-02-26T00:00:00+08:00.</summary>
    public string DueAtIso => DueAt.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>A working-days deadline falls at midnight: the end of the day before is what people say.</summary>
    public bool DueAtEndOfDay => DueAt.TimeOfDay == TimeSpan.Zero;

    public DateOnly LastDay => DateOnly.FromDateTime(DueAt.DateTime).AddDays(DueAtEndOfDay ? -1 : 0);
}
