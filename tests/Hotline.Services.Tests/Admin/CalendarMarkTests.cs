using Hotline.Domain.Deadlines;
using Hotline.Services.Admin;
using Hotline.Services.Common;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Tests.Admin;

public sealed class CalendarMarkTests : IAsyncLifetime
{
    private AdminDatabaseFixture _db = null!;

    public async Task InitializeAsync() => _db = await AdminDatabaseFixture.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task The_year_view_lists_every_date_with_the_seeded_2026_schedule()
    {
        var year = await _db.RunAsync<CalendarAdminService, CalendarYear>(s => s.GetYearAsync(2026));

        year.Dates.Count.ShouldBe(365);
        year.MarkedCount.ShouldBe(OfficialCalendar2026.Days().Count);
        // 261 weekdays, 19 of them holidays, plus 6 make-up Saturdays and Sundays.
        year.WorkingDayCount.ShouldBe(248);
        Day(year, 2026, 10, 1).ShouldBe(new CalendarDate(new DateOnly(2026, 10, 1), false, CalendarDayKind.Holiday, "国庆节"));
        Day(year, 2026, 10, 10).ShouldBe(new CalendarDate(new DateOnly(2026, 10, 10), true, CalendarDayKind.MakeupWorkday, "国庆节调休上班"));
        Day(year, 2026, 10, 11).ShouldBe(new CalendarDate(new DateOnly(2026, 10, 11), false, null, null));
        Day(year, 2026, 10, 12).ShouldBe(new CalendarDate(new DateOnly(2026, 10, 12), true, null, null));
    }

    [Fact]
    public async Task A_year_without_entries_is_plain_Monday_to_Friday()
    {
        var year = await _db.RunAsync<CalendarAdminService, CalendarYear>(s => s.GetYearAsync(2028));

        year.Dates.Count.ShouldBe(366);
        year.MarkedCount.ShouldBe(0);
        year.Dates.ShouldAllBe(d => d.IsWorkingDay == !d.IsWeekend && d.Kind == null);
    }

    [Fact]
    public async Task Marking_a_weekday_as_a_holiday_makes_it_a_day_off()
    {
        var result = await MarkAsync(new DateOnly(2027, 3, 3), CalendarMark.Holiday, " 测试假日 ");

        result.Succeeded.ShouldBeTrue();
        var year = await _db.RunAsync<CalendarAdminService, CalendarYear>(s => s.GetYearAsync(2027));
        Day(year, 2027, 3, 3).ShouldBe(new CalendarDate(new DateOnly(2027, 3, 3), false, CalendarDayKind.Holiday, "测试假日"));
    }

    [Fact]
    public async Task Marking_a_Saturday_as_a_make_up_working_day_makes_it_worked()
    {
        var result = await MarkAsync(new DateOnly(2027, 3, 6), CalendarMark.MakeupWorkday, "调休上班");

        result.Succeeded.ShouldBeTrue();
        var year = await _db.RunAsync<CalendarAdminService, CalendarYear>(s => s.GetYearAsync(2027));
        Day(year, 2027, 3, 6).IsWorkingDay.ShouldBeTrue();
        Day(year, 2027, 3, 6).Kind.ShouldBe(CalendarDayKind.MakeupWorkday);
    }

    [Fact]
    public async Task Marking_a_marked_date_again_replaces_its_kind_and_name()
    {
        var result = await MarkAsync(new DateOnly(2026, 10, 10), CalendarMark.Holiday, "国庆节");

        result.Succeeded.ShouldBeTrue();
        var row = await _db.QueryAsync(db => db.CalendarDays.SingleAsync(d => d.Date == new DateOnly(2026, 10, 10)));
        row.Kind.ShouldBe(CalendarDayKind.Holiday);
        row.Name.ShouldBe("国庆节");
    }

    [Fact]
    public async Task Normal_removes_the_mark_and_the_plain_week_applies_again()
    {
        var result = await MarkAsync(new DateOnly(2026, 10, 1), CalendarMark.Normal, null);

        result.Succeeded.ShouldBeTrue();
        (await _db.QueryAsync(db => db.CalendarDays.AnyAsync(d => d.Date == new DateOnly(2026, 10, 1)))).ShouldBeFalse();
        var year = await _db.RunAsync<CalendarAdminService, CalendarYear>(s => s.GetYearAsync(2026));
        Day(year, 2026, 10, 1).ShouldBe(new CalendarDate(new DateOnly(2026, 10, 1), true, null, null));
    }

    [Fact]
    public async Task Normal_on_an_unmarked_date_changes_nothing_and_succeeds()
    {
        var before = await _db.QueryAsync(db => db.CalendarDays.CountAsync());

        var result = await MarkAsync(new DateOnly(2026, 11, 25), CalendarMark.Normal, null);

        result.Succeeded.ShouldBeTrue();
        (await _db.QueryAsync(db => db.CalendarDays.CountAsync())).ShouldBe(before);
    }

    [Fact]
    public async Task A_make_up_mark_on_a_weekday_is_refused_and_nothing_is_saved()
    {
        var result = await MarkAsync(new DateOnly(2027, 3, 3), CalendarMark.MakeupWorkday, "调休上班");

        result.Succeeded.ShouldBeFalse();
        result.Errors.ShouldBe([new ServiceError(nameof(CalendarMarkInput.Mark), "Calendar.Mark.MakeupNotWeekend")]);
        (await _db.QueryAsync(db => db.CalendarDays.AnyAsync(d => d.Date == new DateOnly(2027, 3, 3)))).ShouldBeFalse();
    }

    [Theory]
    [InlineData(null, "Calendar.Mark.NameRequired")]
    [InlineData("   ", "Calendar.Mark.NameRequired")]
    [InlineData("这是一个非常非常长的名称这是一个非常非常长的名称这是一个非常非常长的名称这是一个非常非常长的名称这是一个非常非常长的名称", "Calendar.Mark.NameTooLong")]
    public async Task A_holiday_needs_a_short_name(string? name, string key)
    {
        var result = await MarkAsync(new DateOnly(2027, 3, 3), CalendarMark.Holiday, name);

        result.Errors.ShouldBe([new ServiceError(nameof(CalendarMarkInput.Name), key)]);
    }

    [Fact]
    public async Task A_mark_without_a_date_is_refused()
    {
        var result = await MarkAsync(null, CalendarMark.Holiday, "假日");

        result.Errors.ShouldBe([new ServiceError(nameof(CalendarMarkInput.Date), "Calendar.Mark.DateRequired")]);
    }

    [Fact]
    public async Task Only_an_administrator_may_mark_a_date()
    {
        var result = await MarkAsync(new DateOnly(2027, 3, 3), CalendarMark.Holiday, "假日", "supervisor");

        result.Errors.ShouldBe([new ServiceError(string.Empty, ServiceError.AdminOnly)]);
        (await _db.QueryAsync(db => db.CalendarDays.AnyAsync(d => d.Date == new DateOnly(2027, 3, 3)))).ShouldBeFalse();
    }

    private Task<ServiceResult<DateOnly>> MarkAsync(DateOnly? date, CalendarMark mark, string? name, string user = "admin") =>
        _db.RunAsync<CalendarAdminService, ServiceResult<DateOnly>>(async s =>
            await s.MarkAsync(new CalendarMarkInput { Date = date, Mark = mark, Name = name }, await _db.ActorAsync(user)));

    private static CalendarDate Day(CalendarYear year, int y, int m, int d) => year.Dates.Single(x => x.Date == new DateOnly(y, m, d));
}
