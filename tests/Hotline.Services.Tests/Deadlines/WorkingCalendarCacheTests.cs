using Hotline.Domain.Deadlines;
using Hotline.Services.Admin;
using Hotline.Services.Common;
using Hotline.Services.Deadlines;
using Hotline.Services.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Services.Tests.Deadlines;

/// <summary>The working calendar the ticket pages show time with is read once, until an administrator changes it or it ages.</summary>
public sealed class WorkingCalendarCacheTests(DatabaseFixture app) : DatabaseTest<DatabaseFixture>(app), IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task The_calendar_is_read_once_until_an_administrator_changes_it_or_it_ages()
    {
        var cache = App.Services.GetRequiredService<WorkingCalendarCache>();
        var reads = 0;
        Task<WorkingCalendar> Load(CancellationToken ct) => App.UseAsync<DeadlineService, WorkingCalendar>(async d =>
        {
            reads++;
            return await d.LoadCalendarAsync(ct);
        });

        var first = await cache.GetAsync(Load);
        (await cache.GetAsync(Load)).ShouldBeSameAs(first);
        reads.ShouldBe(1);
        var wednesday = new DateOnly(2027, 3, 3);
        first.IsWorkingDay(wednesday).ShouldBeTrue();

        var admin = await App.ViewerAsync("admin");
        var marked = await App.UseAsync<CalendarAdminService, ServiceResult<DateOnly>>(s =>
            s.MarkAsync(new CalendarMarkInput { Date = wednesday, Mark = CalendarMark.Holiday, Name = "测试假日" }, admin.Actor));
        marked.Succeeded.ShouldBeTrue();

        var changed = await cache.GetAsync(Load);
        reads.ShouldBe(2, "the administrator's save dropped the kept calendar");
        changed.IsWorkingDay(wednesday).ShouldBeFalse();
        (await cache.GetAsync(Load)).ShouldBeSameAs(changed);

        App.Clock.Advance(cache.MaxAge);
        await cache.GetAsync(Load);
        reads.ShouldBe(3, "another server's edit reaches this one once the kept calendar has aged");
    }
}
