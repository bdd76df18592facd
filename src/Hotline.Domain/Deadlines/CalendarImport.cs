using System.Globalization;

namespace Hotline.Domain.Deadlines;

/// <summary>
/// Reads a year's schedule pasted by an administrator, one entry per line:
/// <c>2026-10-01,holiday,国庆节</c>, <c>2026-10-01..2026-10-07,holiday,国庆节</c> or
/// <c>2026-10-10,workday,国庆节调休上班</c>. Blank lines and lines starting with # are ignored.
/// </summary>
public static class CalendarImport
{
    // Longer than the longest break (Spring Festival, 9 days) with room to spare; longer is a typo.
    public const int MaxRangeDays = 31;

    private const string RangeSeparator = "..";

    // Administrators paste from Chinese documents, so a full-width comma is as likely as a comma.
    private static readonly char[] FieldSeparators = [',', '，', '\t'];
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-M-d"];

    private static readonly Dictionary<string, CalendarDayKind> KindWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["holiday"] = CalendarDayKind.Holiday,
        ["假日"] = CalendarDayKind.Holiday,
        ["休"] = CalendarDayKind.Holiday,
        ["workday"] = CalendarDayKind.MakeupWorkday,
        ["makeup"] = CalendarDayKind.MakeupWorkday,
        ["班"] = CalendarDayKind.MakeupWorkday,
    };

    public static CalendarImportResult Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var days = new List<CalendarDay>();
        var errors = new List<CalendarImportError>();
        var seen = new HashSet<DateOnly>();
        var lines = text.Split('\n');

        for (var i = 0; i < lines.Length; i++)
        {
            var lineNumber = i + 1;
            var line = lines[i].Trim().TrimStart('\uFEFF');
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var lineErrors = ParseLine(line, out var dates, out var kind, out var name);
            if (lineErrors.Count == 0 && kind == CalendarDayKind.MakeupWorkday && !dates.All(CalendarDay.IsWeekend))
            {
                lineErrors.Add(CalendarImportError.MakeupNotWeekend);
            }

            if (lineErrors.Count == 0 && dates.Any(seen.Contains))
            {
                lineErrors.Add(CalendarImportError.DuplicateDate);
            }

            if (lineErrors.Count > 0)
            {
                errors.AddRange(lineErrors.Select(key => new CalendarImportError(lineNumber, key)));
                continue;
            }

            seen.UnionWith(dates);
            days.AddRange(dates.Select(date => new CalendarDay(date, kind, name)));
        }

        return new CalendarImportResult(days, errors);
    }

    private static List<string> ParseLine(string line, out List<DateOnly> dates, out CalendarDayKind kind, out string name)
    {
        var errors = new List<string>();
        dates = [];
        kind = default;
        name = string.Empty;

        var fields = line.Split(FieldSeparators, 3, StringSplitOptions.TrimEntries);
        if (fields.Length < 2)
        {
            errors.Add(CalendarImportError.BadFormat);
            return errors;
        }

        var dateError = ParseDates(fields[0], dates);
        if (dateError is not null)
        {
            errors.Add(dateError);
        }

        if (!KindWords.TryGetValue(fields[1], out kind))
        {
            errors.Add(CalendarImportError.BadKind);
        }

        name = fields.Length == 3 ? fields[2] : string.Empty;
        if (name.Length == 0)
        {
            errors.Add(CalendarImportError.MissingName);
        }
        else if (name.Length > CalendarDay.NameMaxLength)
        {
            errors.Add(CalendarImportError.NameTooLong);
        }

        return errors;
    }

    private static string? ParseDates(string field, List<DateOnly> dates)
    {
        var parts = field.Split(RangeSeparator, StringSplitOptions.TrimEntries);
        if (parts.Length > 2 || !TryParseDate(parts[0], out var first))
        {
            return CalendarImportError.BadDate;
        }

        var last = first;
        if (parts.Length == 2 && !TryParseDate(parts[1], out last))
        {
            return CalendarImportError.BadDate;
        }

        if (last < first)
        {
            return CalendarImportError.BadRange;
        }

        if (last.DayNumber - first.DayNumber + 1 > MaxRangeDays)
        {
            return CalendarImportError.RangeTooLong;
        }

        for (var date = first; date <= last; date = date.AddDays(1))
        {
            dates.Add(date);
        }

        return null;
    }

    private static bool TryParseDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
