using Hotline.Services.Data.Seed;
using Hotline.Services.Intake;
using Hotline.Services.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Tests.Intake;

public sealed class RepeatCallerHistoryTests(DemoDatabaseFixture app) : DatabaseTest<DemoDatabaseFixture>(app), IClassFixture<DemoDatabaseFixture>
{
    [Theory]
    [InlineData("13805350001")]
    [InlineData("138-0535-0001")]
    [InlineData("138 0535 0001")]
    [InlineData("+8613805350001")]
    [InlineData("+86 138-0535-0001")]
    [InlineData("008613805350001")]
    public async Task Finds_the_repeat_callers_two_tickets_whatever_format_the_number_is_typed_in(string typed)
    {
        var history = await App.UseAsync<IntakeService, IReadOnlyList<CallerTicket>>(s => s.GetHistoryAsync(typed));

        history.Count.ShouldBe(2);
        history.Select(h => h.RegisteredAt).ShouldBeInOrder(SortDirection.Descending);
        history.ShouldAllBe(h => h.Unit != null);
        var stored = await App.ReadAsync(db => db.Tickets
            .Where(t => t.CallerPhone == DemoDataSeeder.RepeatCallerPhone)
            .OrderByDescending(t => t.RegisteredAt).Select(t => t.Number).ToListAsync());
        history.Select(h => h.Number).ShouldBe(stored);
    }
}
