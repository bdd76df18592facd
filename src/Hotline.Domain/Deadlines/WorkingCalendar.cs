using System.Globalization;

namespace Hotline.Domain.Deadlines;

/// <summary>
/// Which dates are worked and when the office is open, in one local time zone; turns a start instant
/// and a <see cref="TimeLimit"/> into a due instant. Immutable: build a new one when the data changes.
/// </summary>
public sealed class WorkingCalendar
{
    public const string DefaultTimeZoneId = "Asia/Shanghai";

    private readonly HashSet<DateOnly> _holidays;
    private readonly HashSet<DateOnly> _makeupWorkdays;
    private readonly HashSet<int> _yearsWithData;

    public WorkingCalendar(
        IEnumerable<DateOnly> holidays,
        IEnumerable<DateOnly> makeupWorkdays,
        OfficeHours officeHours,
        TimeZoneInfo timeZone,
        IReadOnlySet<int>? yearsWithData = null)
    {
        ArgumentNullException.ThrowIfNull(holidays);
        ArgumentNullException.ThrowIfNull(makeupWorkdays);
        ArgumentNullException.ThrowIfNull(officeHours);
        ArgumentNullException.ThrowIfNull(timeZone);

        _holidays = [.. holidays];
        _makeupWorkdays = [.. makeupWorkdays];
        var clash = _holidays.Intersect(_makeupWorkdays).Order().Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).ToList();
        if (clash.Count > 0)
        {
            throw new ArgumentException($"Both a holiday and a make-up working day: {string.Join(", ", clash)}.", nameof(makeupWorkdays));
        }

        _yearsWithData = yearsWithData is null
            ? [.. _holidays.Concat(_makeupWorkdays).Select(d => d.Year)]
            : [.. yearsWithData];
        YearsWithData = [.. _yearsWithData.Order()];
        OfficeHours = officeHours;
        TimeZone = timeZone;
    }

    public OfficeHours OfficeHours { get; }

    public TimeZoneInfo TimeZone { get; }

    public IReadOnlyList<int> YearsWithData { get; }

    public static WorkingCalendar FromDays(
        IEnumerable<CalendarDay> days,
        OfficeHours officeHours,
        TimeZoneInfo timeZone,
        IReadOnlySet<int>? yearsWithData = null)
    {
        ArgumentNullException.ThrowIfNull(days);
        var list = days.ToList();
        return new WorkingCalendar(
            list.Where(d => d.Kind == CalendarDayKind.Holiday).Select(d => d.Date),
            list.Where(d => d.Kind == CalendarDayKind.MakeupWorkday).Select(d => d.Date),
            officeHours,
            timeZone,
            yearsWithData);
    }

    public bool HasDataForYear(int year) => _yearsWithData.Contains(year);

    /// <summary>Monday–Friday unless a holiday; Saturday and Sunday only when a make-up working day.</summary>
    public bool IsWorkingDay(DateOnly date) =>
        !_holidays.Contains(date) && (_makeupWorkdays.Contains(date) || !CalendarDay.IsWeekend(date));

    public DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, TimeZone);

    /// <summary>Supervisors are warned from December on while next year's calendar is still empty.</summary>
    public bool NeedsNextYearWarning(DateTimeOffset now)
    {
        var local = ToLocal(now);
        return local.Month == 12 && !HasDataForYear(local.Year + 1);
    }

    /// <summary>
    /// The instant (UTC, offset zero) at which <paramref name="limit"/> counted from <paramref name="start"/> runs out.
    /// <list type="bullet">
    /// <item>Minutes and hours: the natural 24/7 clock; the calendar is not consulted.</item>
    /// <item>Working days: counting starts on the next working day after the local date of the start, whatever
    /// the time of day (a clock started at 08:00 on a working day does not get that day). The deadline is the
    /// end of the Nth working day, i.e. 00:00 local of the following calendar day. A start at exactly 00:00
    /// local is the end of the previous day, so the day that begins then is the next one and counts; this
    /// keeps "N then M working days" equal to "N+M working days" when the second clock starts at the first's due.</item>
    /// <item>Working hours: only time inside office periods on working days runs, in local time; a clock
    /// started outside office hours starts at the next opening. The deadline is the instant the last working
    /// minute elapses, so it can be the end of a period (12:00, 17:30), never the next opening.</item>
    /// <item>An amount of zero gives the start itself.</item>
    /// </list>
    /// Years crossed without calendar data are treated as a plain Monday–Friday week and reported in
    /// <see cref="DeadlineResult.YearsWithoutData"/> so the caller can log a warning.
    /// </summary>
    public DeadlineResult Add(DateTimeOffset start, TimeLimit limit)
    {
        var startUtc = start.ToUniversalTime();
        if (limit.Amount == 0)
        {
            return new DeadlineResult(startUtc, []);
        }

        var touchedYears = new SortedSet<int>();
        var due = limit.Unit switch
        {
            DurationUnit.Minutes => startUtc.AddMinutes(limit.Amount),
            DurationUnit.Hours => startUtc.AddHours(limit.Amount),
            DurationUnit.WorkingDays => AddWorkingDays(startUtc, limit.Amount, touchedYears),
            DurationUnit.WorkingHours => AddWorkingTime(startUtc, TimeSpan.FromHours(limit.Amount), touchedYears),
            _ => throw new ArgumentOutOfRangeException(nameof(limit), limit, "Unknown duration unit."),
        };
        return new DeadlineResult(due, [.. touchedYears.Where(y => !HasDataForYear(y))]);
    }

    /// <summary>
    /// The working time between two instants: the time inside office hours on working days (the measure of a working-hours
    /// clock, so <c>WorkingTimeBetween(t, Add(t, n working hours))</c> is n hours). Zero when <paramref name="to"/> is not
    /// after <paramref name="from"/>.
    /// </summary>
    public TimeSpan WorkingTimeBetween(DateTimeOffset from, DateTimeOffset to)
    {
        var total = TimeSpan.Zero;
        if (to <= from)
        {
            return total;
        }

        var last = DateOnly.FromDateTime(ToLocal(to).DateTime);
        for (var date = DateOnly.FromDateTime(ToLocal(from).DateTime); date <= last; date = date.AddDays(1))
        {
            if (!IsWorkingDay(date))
            {
                continue;
            }

            foreach (var period in OfficeHours.Periods)
            {
                var start = Later(ToUtc(date, period.Start), from.ToUniversalTime());
                var end = Earlier(ToUtc(date, period.End), to.ToUniversalTime());
                if (end > start)
                {
                    total += end - start;
                }
            }
        }

        return total;
    }

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static DateTimeOffset Earlier(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private DateTimeOffset AddWorkingDays(DateTimeOffset startUtc, int days, SortedSet<int> touchedYears)
    {
        var local = ToLocal(startUtc);
        var date = DateOnly.FromDateTime(local.DateTime);
        if (local.TimeOfDay == TimeSpan.Zero)
        {
            date = date.AddDays(-1);
        }

        for (var counted = 0; counted < days;)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date, touchedYears))
            {
                counted++;
            }
        }

        return ToUtc(date.AddDays(1), TimeOnly.MinValue);
    }

    private DateTimeOffset AddWorkingTime(DateTimeOffset startUtc, TimeSpan remaining, SortedSet<int> touchedYears)
    {
        var local = ToLocal(startUtc);
        var date = DateOnly.FromDateTime(local.DateTime);
        var from = TimeOnly.FromTimeSpan(local.TimeOfDay);

        while (true)
        {
            if (IsWorkingDay(date, touchedYears))
            {
                foreach (var period in OfficeHours.Periods)
                {
                    if (from >= period.End)
                    {
                        continue;
                    }

                    var segmentStart = from > period.Start ? from : period.Start;
                    var available = period.End - segmentStart;
                    if (remaining <= available)
                    {
                        return ToUtc(date, segmentStart.Add(remaining));
                    }

                    remaining -= available;
                }
            }

            date = date.AddDays(1);
            from = TimeOnly.MinValue;
        }
    }

    private bool IsWorkingDay(DateOnly date, SortedSet<int> touchedYears)
    {
        touchedYears.Add(date.Year);
        return IsWorkingDay(date);
    }

    private DateTimeOffset ToUtc(DateOnly date, TimeOnly time)
    {
        var wallClock = date.ToDateTime(time, DateTimeKind.Unspecified);
        TimeSpan offset;
        if (TimeZone.IsAmbiguousTime(wallClock))
        {
            // The wall time happens twice when clocks go back: take the first, the earlier deadline.
            offset = TimeZone.GetAmbiguousTimeOffsets(wallClock).Max();
        }
        else if (TimeZone.IsInvalidTime(wallClock))
        {
            // Skipped when clocks go forward: the offset from before the jump lands just after it.
            offset = TimeZone.GetUtcOffset(wallClock.AddDays(-1));
        }
        else
        {
            offset = TimeZone.GetUtcOffset(wallClock);
        }

        return new DateTimeOffset(wallClock - offset, TimeSpan.Zero);
    }
}
