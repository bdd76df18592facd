using Hotline.Domain.Deadlines;
using Hotline.Services.Admin;
using Hotline.Services.Common;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Tests.Admin;

public sealed class CalendarImportTests : IAsyncLifetime
{
    private AdminDatabaseFixture _db = null!;

    public async Task InitializeAsync() => _db = await AdminDatabaseFixture.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task An_import_saves_every_date_and_replaces_the_marks_of_dates_it_lists()
    {
        var outcome = await ImportAsync("""
            # 2027 (an example schedule)
            2027-01-01,holiday,元旦
            2027-02-06..2027-02-12，假日，春节
            2027-02-13,workday,春节调休上班

            2026-10-10,holiday,国庆节
            """);

        outcome.Succeeded.ShouldBeTrue();
        outcome.SavedCount.ShouldBe(10);
        outcome.Years.ShouldBe([2026, 2027]);
        var year2027 = await _db.RunAsync<CalendarAdminService, CalendarYear>(s => s.GetYearAsync(2027));
        year2027.MarkedCount.ShouldBe(9);
        year2027.Dates.Single(d => d.Date == new DateOnly(2027, 2, 8)).ShouldBe(new CalendarDate(new DateOnly(2027, 2, 8), false, CalendarDayKind.Holiday, "春节"));
        year2027.Dates.Single(d => d.Date == new DateOnly(2027, 2, 13)).IsWorkingDay.ShouldBeTrue();
        var replaced = await _db.QueryAsync(db => db.CalendarDays.SingleAsync(d => d.Date == new DateOnly(2026, 10, 10)));
        replaced.Kind.ShouldBe(CalendarDayKind.Holiday);
        // Dates the text does not list keep their marks.
        (await _db.QueryAsync(db => db.CalendarDays.CountAsync(d => d.Date.Year == 2026))).ShouldBe(OfficialCalendar2026.Days().Count);
    }

    [Fact]
    public async Task One_bad_line_saves_nothing_and_every_bad_line_is_reported_with_its_number()
    {
        var before = await _db.QueryAsync(db => db.CalendarDays.AsNoTracking().OrderBy(d => d.Date).Select(d => new { d.Date, d.Kind, d.Name }).ToListAsync());

        var outcome = await ImportAsync(
            "2027-01-01,holiday,元旦\r\n" +
            "2027-02-30,holiday,春节\r\n" +
            "# comment\r\n" +
            "2027-02-10,workday,调休\r\n" +
            "2026-10-10,holiday,国庆节\r\n" +
            "2027-05-01..2027-05-05,vacation,劳动节\r\n");

        outcome.Succeeded.ShouldBeFalse();
        outcome.SavedCount.ShouldBe(0);
        outcome.Errors.ShouldBe(
        [
            new CalendarImportError(2, CalendarImportError.BadDate),
            new CalendarImportError(4, CalendarImportError.MakeupNotWeekend),
            new CalendarImportError(6, CalendarImportError.BadKind),
        ]);
        var after = await _db.QueryAsync(db => db.CalendarDays.AsNoTracking().OrderBy(d => d.Date).Select(d => new { d.Date, d.Kind, d.Name }).ToListAsync());
        after.ShouldBe(before);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n ")]
    [InlineData("# only a comment\n")]
    public async Task An_empty_import_is_refused(string text)
    {
        var outcome = await ImportAsync(text);

        outcome.Errors.ShouldBe([new CalendarImportError(0, CalendarImportOutcome.Empty)]);
    }

    [Fact]
    public async Task An_oversized_import_is_refused_without_parsing()
    {
        var outcome = await ImportAsync(string.Concat(Enumerable.Repeat("2027-01-01,holiday,元旦\n", 1000)));

        outcome.Errors.ShouldBe([new CalendarImportError(0, CalendarImportOutcome.TooLong)]);
    }

    [Fact]
    public async Task Only_an_administrator_may_import()
    {
        var outcome = await ImportAsync("2027-01-01,holiday,元旦", "supervisor");

        outcome.Errors.ShouldBe([new CalendarImportError(0, ServiceError.AdminOnly)]);
        (await _db.QueryAsync(db => db.CalendarDays.AnyAsync(d => d.Date.Year == 2027))).ShouldBeFalse();
    }

    private Task<CalendarImportOutcome> ImportAsync(string text, string user = "admin") =>
        _db.RunAsync<CalendarAdminService, CalendarImportOutcome>(async s => await s.ImportAsync(text, await _db.ActorAsync(user)));
}
