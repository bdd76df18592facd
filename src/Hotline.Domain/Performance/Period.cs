using System.Globalization;

namespace Hotline.Domain.Performance;

/// <summary>
/// A measured period: the local dates <see cref="From"/>..<see cref="To"/>, both inclusive, in the hotline's time
/// zone. It covers the instants from <see cref="From"/> 00:00 local up to (not including) the day after
/// <see cref="To"/> 00:00 local; turning dates into instants is the caller's job (it knows the zone).
/// </summary>
public sealed record Period
{
    private Period(PeriodKind kind, DateOnly from, DateOnly to)
    {
        Kind = kind;
        From = from;
        To = to;
    }

    public PeriodKind Kind { get; }
    public DateOnly From { get; }
    public DateOnly To { get; }

    /// <summary>The day a link names the period by: <c>Containing(Kind, Anchor)</c> is this period.</summary>
    public DateOnly Anchor => Kind == PeriodKind.AllTime ? To : From;

    /// <summary>The first day after the period: its end as a half-open range.</summary>
    public DateOnly EndExclusive => To.AddDays(1);

    /// <summary>The first day "all time" covers: before any hotline's records.</summary>
    public static readonly DateOnly Earliest = new(1900, 1, 1);

    /// <summary>Every day up to and including <paramref name="today"/> (the ranking's "all time").</summary>
    public static Period AllTime(DateOnly today) => new(PeriodKind.AllTime, Earliest, today);

    /// <summary>The day, ISO week, month or year that contains <paramref name="date"/>; all time up to it.</summary>
    public static Period Containing(PeriodKind kind, DateOnly date)
    {
        switch (kind)
        {
            case PeriodKind.Day:
                return new(kind, date, date);
            case PeriodKind.Week:
                // ISO weeks start on Monday: DayOfWeek.Sunday (0) is the seventh day.
                var monday = date.AddDays(-(((int)date.DayOfWeek + 6) % 7));
                return new(kind, monday, monday.AddDays(6));
            case PeriodKind.Month:
                var first = new DateOnly(date.Year, date.Month, 1);
                return new(kind, first, first.AddMonths(1).AddDays(-1));
            case PeriodKind.Year:
                return new(kind, new DateOnly(date.Year, 1, 1), new DateOnly(date.Year, 12, 31));
            case PeriodKind.AllTime:
                return AllTime(date);
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown period kind.");
        }
    }

    /// <summary>The period before (all time has none: itself).</summary>
    public Period Previous() => Kind == PeriodKind.AllTime ? this : Containing(Kind, From.AddDays(-1));

    /// <summary>The period after (all time has none: itself).</summary>
    public Period Next() => Kind == PeriodKind.AllTime ? this : Containing(Kind, EndExclusive);

    public bool Contains(DateOnly date) => date >= From && date <= To;

    /// <summary>The <paramref name="count"/> months ending with the month this period ends in, oldest first.</summary>
    public IReadOnlyList<Period> MonthsEndingHere(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        var last = Containing(PeriodKind.Month, To);
        return Enumerable.Range(0, count).Select(i => Containing(PeriodKind.Month, last.From.AddMonths(i - count + 1))).ToList();
    }

    /// <summary>A short invariant name, also used in file names: 2026-11-23, 2026-W48, 2026-11, 2026, all-2026-12-04.</summary>
    public string Code => Kind switch
    {
        PeriodKind.Day => From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        PeriodKind.Week => string.Create(CultureInfo.InvariantCulture,
            $"{ISOWeek.GetYear(From.ToDateTime(TimeOnly.MinValue))}-W{ISOWeek.GetWeekOfYear(From.ToDateTime(TimeOnly.MinValue)):00}"),
        PeriodKind.Month => From.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        PeriodKind.AllTime => "all-" + To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => From.ToString("yyyy", CultureInfo.InvariantCulture),
    };
}
