using Hotline.Services.Admin;

namespace Hotline.Services.Tests.Admin;

public sealed class NextYearMissingTests
{
    [Theory]
    [InlineData("2026-12-01T01:00:00Z")] // 09:00 on 1 December in Shanghai
    [InlineData("2026-11-30T16:30:00Z")] // still November in UTC, already 1 December 00:30 locally
    [InlineData("2026-12-31T15:59:00Z")] // 23:59 on New Year's Eve locally
    public async Task Missing_in_December_when_next_year_has_no_rows(string now)
    {
        await using var db = await AdminDatabaseFixture.CreateAsync(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture));

        (await db.RunAsync<CalendarAdminService, bool>(s => s.NextYearMissingAsync())).ShouldBeTrue();
    }

    [Theory]
    [InlineData("2026-11-30T15:59:00Z")] // 23:59 on 30 November locally
    [InlineData("2026-12-31T16:00:00Z")] // 1 January 2027 locally: the year has begun, December's warning is over
    [InlineData("2026-06-15T02:00:00Z")]
    public async Task Not_missing_outside_December(string now)
    {
        await using var db = await AdminDatabaseFixture.CreateAsync(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture));

        (await db.RunAsync<CalendarAdminService, bool>(s => s.NextYearMissingAsync())).ShouldBeFalse();
    }

    [Fact]
    public async Task Not_missing_in_December_once_next_year_has_a_row()
    {
        await using var db = await AdminDatabaseFixture.CreateAsync(new DateTimeOffset(2026, 12, 1, 1, 0, 0, TimeSpan.Zero));
        (await db.RunAsync<CalendarAdminService, bool>(s => s.NextYearMissingAsync())).ShouldBeTrue();

        var import = await db.RunAsync<CalendarAdminService, CalendarImportOutcome>(async s => await s.ImportAsync("2027-01-01,holiday,元旦", await db.ActorAsync()));
        import.Succeeded.ShouldBeTrue();

        (await db.RunAsync<CalendarAdminService, bool>(s => s.NextYearMissingAsync())).ShouldBeFalse();
    }

    [Fact]
    public async Task A_row_for_the_year_after_next_does_not_count()
    {
        await using var db = await AdminDatabaseFixture.CreateAsync(new DateTimeOffset(2026, 12, 1, 1, 0, 0, TimeSpan.Zero));
        (await db.RunAsync<CalendarAdminService, CalendarImportOutcome>(async s => await s.ImportAsync("2028-01-03,holiday,测试", await db.ActorAsync())))
            .Succeeded.ShouldBeTrue();

        (await db.RunAsync<CalendarAdminService, bool>(s => s.NextYearMissingAsync())).ShouldBeTrue();
    }
}
