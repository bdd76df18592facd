using Hotline.Domain.Deadlines;
using Hotline.Services.Admin;
using Hotline.Services.Common;
using Hotline.Services.Deadlines;

namespace Hotline.Services.Tests.Admin;

public sealed class OfficeHoursTests : IAsyncLifetime
{
    // Monday 2026-11-23, local time (UTC+8).
    private static readonly DateTimeOffset MondayAt0800 = new(2026, 11, 23, 8, 0, 0, TimeSpan.FromHours(8));
    private static readonly DateTimeOffset MondayAt1100 = new(2026, 11, 23, 11, 0, 0, TimeSpan.FromHours(8));

    private AdminDatabaseFixture _db = null!;

    public async Task InitializeAsync() => _db = await AdminDatabaseFixture.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task The_seeded_office_hours_are_the_default()
    {
        (await _db.RunAsync<CalendarAdminService, string>(s => s.GetOfficeHoursAsync())).ShouldBe("08:30-12:00,13:30-17:30");
    }

    [Theory]
    [InlineData("09:00-12:00,14:00-18:00", "09:00-12:00,14:00-18:00")]
    [InlineData(" 09:00 - 12:00 ， 14:00-18:00 ", "09:00-12:00,14:00-18:00")]
    [InlineData("00:00-23:59", "00:00-23:59")]
    public async Task Valid_office_hours_are_saved_in_the_canonical_form(string typed, string stored)
    {
        var result = await UpdateAsync(typed);

        result.Succeeded.ShouldBeTrue();
        result.Value.ShouldBe(stored);
        (await _db.RunAsync<CalendarAdminService, string>(s => s.GetOfficeHoursAsync())).ShouldBe(stored);
    }

    [Theory]
    [InlineData(null, OfficeHoursText.Required)]
    [InlineData("  ", OfficeHoursText.Required)]
    [InlineData("8:30-12:00", OfficeHoursText.BadFormat)]
    [InlineData("08:30-12:00;13:30-17:30", OfficeHoursText.BadFormat)]
    [InlineData("08:30~12:00", OfficeHoursText.BadFormat)]
    [InlineData("08:30-12:00,", OfficeHoursText.BadFormat)]
    [InlineData("25:00-26:00", OfficeHoursText.BadFormat)]
    [InlineData("08:60-12:00", OfficeHoursText.BadFormat)]
    [InlineData("12:00-08:30", OfficeHoursText.EndBeforeStart)]
    [InlineData("08:30-08:30", OfficeHoursText.EndBeforeStart)]
    [InlineData("13:30-17:30,08:30-12:00", OfficeHoursText.Overlap)]
    [InlineData("08:30-12:30,12:00-17:30", OfficeHoursText.Overlap)]
    [InlineData("01:00-02:00,03:00-04:00,05:00-06:00,07:00-08:00,09:00-10:00,11:00-12:00,13:00-14:00", OfficeHoursText.TooMany)]
    public async Task Invalid_office_hours_are_refused_and_the_old_ones_stay(string? typed, string key)
    {
        var result = await UpdateAsync(typed);

        result.Errors.ShouldBe([new ServiceError(nameof(OfficeHoursInput.Text), key)]);
        (await _db.RunAsync<CalendarAdminService, string>(s => s.GetOfficeHoursAsync())).ShouldBe("08:30-12:00,13:30-17:30");
    }

    [Fact]
    public async Task Periods_that_touch_are_allowed()
    {
        (await UpdateAsync("08:00-12:00,12:00-16:00")).Succeeded.ShouldBeTrue();
    }

    [Fact]
    public async Task New_office_hours_change_working_hours_due_times_computed_afterwards()
    {
        (await DueAsync(MondayAt0800, 2)).ShouldBe(new DateTimeOffset(2026, 11, 23, 10, 30, 0, TimeSpan.FromHours(8)));
        (await DueAsync(MondayAt1100, 2)).ShouldBe(new DateTimeOffset(2026, 11, 23, 14, 30, 0, TimeSpan.FromHours(8)));

        (await UpdateAsync("09:00-12:00,14:00-18:00")).Succeeded.ShouldBeTrue();

        (await DueAsync(MondayAt0800, 2)).ShouldBe(new DateTimeOffset(2026, 11, 23, 11, 0, 0, TimeSpan.FromHours(8)));
        (await DueAsync(MondayAt1100, 2)).ShouldBe(new DateTimeOffset(2026, 11, 23, 15, 0, 0, TimeSpan.FromHours(8)));
        // Friday 17:00 with 2 working hours: one hour left that day, the rest on Monday morning.
        (await DueAsync(new DateTimeOffset(2026, 11, 27, 17, 0, 0, TimeSpan.FromHours(8)), 2))
            .ShouldBe(new DateTimeOffset(2026, 11, 30, 10, 0, 0, TimeSpan.FromHours(8)));
    }

    [Fact]
    public async Task Only_an_administrator_may_change_office_hours()
    {
        var result = await UpdateAsync("09:00-17:00", "dispatcher");

        result.Errors.ShouldBe([new ServiceError(string.Empty, ServiceError.AdminOnly)]);
        (await _db.RunAsync<CalendarAdminService, string>(s => s.GetOfficeHoursAsync())).ShouldBe("08:30-12:00,13:30-17:30");
    }

    private Task<ServiceResult<string>> UpdateAsync(string? text, string user = "admin") =>
        _db.RunAsync<CalendarAdminService, ServiceResult<string>>(async s =>
            await s.UpdateOfficeHoursAsync(new OfficeHoursInput { Text = text }, await _db.ActorAsync(user)));

    private Task<DateTimeOffset> DueAsync(DateTimeOffset start, int workingHours) =>
        _db.RunAsync<DeadlineService, DateTimeOffset>(s => s.DueAsync(start, TimeLimit.WorkingHours(workingHours)));
}
