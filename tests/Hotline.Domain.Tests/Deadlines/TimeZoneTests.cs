using Hotline.Domain.Deadlines;
using static Hotline.Domain.Tests.Deadlines.TestCalendars;

namespace Hotline.Domain.Tests.Deadlines;

public class TimeZoneTests
{
    [Fact]
    public void The_same_instant_in_any_offset_gives_the_same_deadline()
    {
        var local = Beijing(2026, 3, 2, 11, 59);
        var utc = local.ToUniversalTime();

        foreach (var limit in new[] { TimeLimit.WorkingHours(1), TimeLimit.WorkingDays(1), TimeLimit.Hours(1) })
        {
            Official2026.Add(utc, limit).DueAt.ShouldBe(Official2026.Add(local, limit).DueAt);
        }
    }

    [Fact]
    public void To_local_shows_beijing_time()
    {
        var local = Official2026.ToLocal(new DateTimeOffset(2026, 3, 2, 1, 30, 0, TimeSpan.Zero));

        local.Offset.ShouldBe(TimeSpan.FromHours(8));
        local.Hour.ShouldBe(9);
    }

    [Fact]
    public void Local_midnight_is_converted_with_the_offset_of_that_date()
    {
        // Berlin moves to summer time on Sunday 2026-03-29: Friday starts at +01:00, the deadline is at +02:00.
        var berlin = new WorkingCalendar([], [], OfficeHours.Default, TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"));
        var start = new DateTimeOffset(2026, 3, 27, 10, 0, 0, TimeSpan.FromHours(1));

        berlin.Add(start, TimeLimit.WorkingDays(1)).DueAt.ShouldBe(new DateTimeOffset(2026, 3, 31, 0, 0, 0, TimeSpan.FromHours(2)));
        berlin.Add(start, TimeLimit.WorkingHours(8)).DueAt.ShouldBe(new DateTimeOffset(2026, 3, 30, 10, 30, 0, TimeSpan.FromHours(2)));
    }

    [Fact]
    public void A_midnight_skipped_by_a_clock_change_becomes_the_first_instant_after_it()
    {
        // Chile moves to summer time at 00:00 on Sunday 2026-09-06, so that midnight never happens.
        var zone = TimeZoneInfo.FindSystemTimeZoneById("America/Santiago");
        zone.IsInvalidTime(new DateTime(2026, 9, 6, 0, 0, 0, DateTimeKind.Unspecified)).ShouldBeTrue();
        var santiago = new WorkingCalendar([], [Date(2026, 9, 5)], OfficeHours.Default, zone);

        var due = santiago.Add(new DateTimeOffset(2026, 9, 4, 10, 0, 0, TimeSpan.FromHours(-4)), TimeLimit.WorkingDays(1)).DueAt;

        due.ShouldBe(new DateTimeOffset(2026, 9, 6, 1, 0, 0, TimeSpan.FromHours(-3)));
    }
}
