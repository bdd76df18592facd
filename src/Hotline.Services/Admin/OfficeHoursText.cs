using System.Globalization;
using System.Text.RegularExpressions;
using Hotline.Domain.Deadlines;

namespace Hotline.Services.Admin;

/// <summary>
/// Reads office hours as an administrator types them: "HH:mm-HH:mm[,HH:mm-HH:mm…]", periods in order and
/// not overlapping. Spaces and a full-width comma (pasted from Chinese documents) are tolerated.
/// </summary>
public static partial class OfficeHoursText
{
    public const int MaxPeriods = 6;

    public const string Required = "Calendar.OfficeHours.Required";
    public const string BadFormat = "Calendar.OfficeHours.BadFormat";
    public const string EndBeforeStart = "Calendar.OfficeHours.EndBeforeStart";
    public const string Overlap = "Calendar.OfficeHours.Overlap";
    public const string TooMany = "Calendar.OfficeHours.TooMany";

    /// <summary>The office hours, or the resource key saying why the text is refused.</summary>
    public static bool TryParse(string? text, out OfficeHours? hours, out string? errorKey)
    {
        hours = null;
        errorKey = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            errorKey = Required;
            return false;
        }

        var compact = string.Concat(text.Where(c => !char.IsWhiteSpace(c))).Replace('，', ',');
        if (!Shape().IsMatch(compact))
        {
            errorKey = BadFormat;
            return false;
        }

        var periods = new List<(TimeOnly Start, TimeOnly End)>();
        foreach (var part in compact.Split(','))
        {
            var ends = part.Split('-');
            if (!TryTime(ends[0], out var start) || !TryTime(ends[1], out var end))
            {
                errorKey = BadFormat;
                return false;
            }

            periods.Add((start, end));
        }

        if (periods.Count > MaxPeriods)
        {
            errorKey = TooMany;
            return false;
        }

        if (periods.Any(p => p.End <= p.Start))
        {
            errorKey = EndBeforeStart;
            return false;
        }

        // Written in order, each after the one before: an unordered list is most likely a typo.
        for (var i = 1; i < periods.Count; i++)
        {
            if (periods[i].Start < periods[i - 1].End)
            {
                errorKey = Overlap;
                return false;
            }
        }

        hours = new OfficeHours(periods.Select(p => new OfficePeriod(p.Start, p.End)));
        return true;
    }

    private static bool TryTime(string text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out time);

    [GeneratedRegex(@"^[0-9]{2}:[0-9]{2}-[0-9]{2}:[0-9]{2}(,[0-9]{2}:[0-9]{2}-[0-9]{2}:[0-9]{2})*$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Shape();
}
