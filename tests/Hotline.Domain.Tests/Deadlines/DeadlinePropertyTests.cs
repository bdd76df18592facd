using Hotline.Domain.Deadlines;
using static Hotline.Domain.Tests.Deadlines.TestCalendars;

namespace Hotline.Domain.Tests.Deadlines;

/// <summary>
/// Rules that must hold for any start: checked over pseudo-random starts with a fixed seed so a failure
/// can be reproduced, against a slow minute-by-minute reference where one is simple to write.
/// </summary>
public class DeadlinePropertyTests
{
    private const int Seed = 20260101;
    private const int Samples = 400;

    [Fact]
    public void The_due_instant_is_never_before_the_start()
    {
        foreach (var (start, amount) in Starts(maxAmount: 40))
        {
            foreach (var unit in Enum.GetValues<DurationUnit>())
            {
                Official2026.Add(start, new TimeLimit(amount, unit)).DueAt.ShouldBeGreaterThanOrEqualTo(start, $"{start:O} + {amount} {unit}");
            }
        }
    }

    [Fact]
    public void A_later_start_is_never_due_earlier()
    {
        foreach (var (start, amount) in Starts(maxAmount: 10))
        {
            var later = start.AddMinutes(37);
            foreach (var unit in Enum.GetValues<DurationUnit>())
            {
                var limit = new TimeLimit(amount, unit);
                Official2026.Add(later, limit).DueAt.ShouldBeGreaterThanOrEqualTo(Official2026.Add(start, limit).DueAt);
            }
        }
    }

    [Fact]
    public void Natural_minutes_and_hours_are_plain_arithmetic()
    {
        foreach (var (start, amount) in Starts(maxAmount: 500))
        {
            Official2026.Add(start, TimeLimit.Minutes(amount)).DueAt.ShouldBe(start.AddMinutes(amount));
            Official2026.Add(start, TimeLimit.Hours(amount)).DueAt.ShouldBe(start.AddHours(amount));
        }
    }

    [Fact]
    public void Working_days_then_more_working_days_equal_their_sum()
    {
        // The first due is a local midnight; a clock started exactly at midnight counts the day that
        // begins then (see WorkingCalendar.Add), which is what makes N then M equal N+M.
        var random = new Random(Seed + 1);
        foreach (var (start, n) in Starts(maxAmount: 12))
        {
            var m = random.Next(0, 12);
            var first = Official2026.Add(start, TimeLimit.WorkingDays(n)).DueAt;

            Official2026.Add(first, TimeLimit.WorkingDays(m)).DueAt
                .ShouldBe(Official2026.Add(start, TimeLimit.WorkingDays(n + m)).DueAt, $"{start:O} + {n} + {m}");
        }
    }

    [Fact]
    public void Working_hours_then_more_working_hours_equal_their_sum()
    {
        // With N > 0 the first due is inside or at the end of an office period, so the second clock
        // picks up exactly where the first stopped; a period end is closed, so it waits for the opening.
        var random = new Random(Seed + 1);
        foreach (var (start, n) in Starts(maxAmount: 20, minAmount: 1))
        {
            var m = random.Next(0, 20);
            var first = Official2026.Add(start, TimeLimit.WorkingHours(n)).DueAt;

            Official2026.Add(first, TimeLimit.WorkingHours(m)).DueAt
                .ShouldBe(Official2026.Add(start, TimeLimit.WorkingHours(n + m)).DueAt, $"{start:O} + {n} + {m}");
        }
    }

    [Fact]
    public void Working_days_end_at_local_midnight_after_exactly_n_working_days()
    {
        foreach (var (start, n) in Starts(maxAmount: 15, minAmount: 1))
        {
            var due = Official2026.ToLocal(Official2026.Add(start, TimeLimit.WorkingDays(n)).DueAt);
            due.TimeOfDay.ShouldBe(TimeSpan.Zero);

            var localStart = Official2026.ToLocal(start);
            var counted = 0;
            for (var date = DateOnly.FromDateTime(localStart.Date).AddDays(1); date < DateOnly.FromDateTime(due.Date); date = date.AddDays(1))
            {
                counted += Official2026.IsWorkingDay(date) ? 1 : 0;
            }

            counted.ShouldBe(n, $"{localStart:O} + {n}");
            Official2026.IsWorkingDay(DateOnly.FromDateTime(due.Date.AddDays(-1))).ShouldBeTrue();
        }
    }

    [Fact]
    public void Working_hours_match_a_minute_by_minute_count()
    {
        foreach (var (start, n) in Starts(maxAmount: 16, minAmount: 1, samples: 150))
        {
            Official2026.Add(start, TimeLimit.WorkingHours(n)).DueAt.ShouldBe(CountWorkingMinutes(start, n * 60), $"{start:O} + {n}");
        }
    }

    // Reference: walk one minute at a time, counting the minutes that begin inside office hours on a
    // working day; the due instant is the end of the last minute counted.
    private static DateTimeOffset CountWorkingMinutes(DateTimeOffset start, int minutes)
    {
        var local = Official2026.ToLocal(start);
        for (var counted = 0; counted < minutes; local = local.AddMinutes(1))
        {
            var time = TimeOnly.FromDateTime(local.DateTime);
            var open = Official2026.IsWorkingDay(DateOnly.FromDateTime(local.DateTime))
                && OfficeHours.Default.Periods.Any(p => time >= p.Start && time < p.End);
            counted += open ? 1 : 0;
        }

        return local;
    }

    // Whole-minute starts from December 2025 to January 2027, in Beijing time, so that both edges of the
    // 2026 data and every holiday block are crossed.
    private static IEnumerable<(DateTimeOffset Start, int Amount)> Starts(int maxAmount, int minAmount = 0, int samples = Samples)
    {
        var random = new Random(Seed);
        var first = Beijing(2025, 12, 1);
        var span = (int)(Beijing(2027, 1, 31) - first).TotalMinutes;
        for (var i = 0; i < samples; i++)
        {
            yield return (first.AddMinutes(random.Next(span)), random.Next(minAmount, maxAmount + 1));
        }
    }
}
