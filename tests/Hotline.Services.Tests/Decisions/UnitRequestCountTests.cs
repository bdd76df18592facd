using Hotline.Services.Supervision;
using Hotline.Services.Tests.Infrastructure;
using Hotline.Testing;

namespace Hotline.Services.Tests.Decisions;

public sealed class UnitRequestCountTests(DatabaseFixture app) : DatabaseTest<DatabaseFixture>(app), IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Approved_returns_and_extensions_are_counted_per_unit_by_the_time_of_the_decision()
    {
        // Two returns by the heating company (one approved, one rejected), one approved extension for it,
        // one approved return by the water company; then one more approval the next day.
        var heatingReturned = await App.DispatchedTicketAsync();
        await App.RequestReturnAsync(heatingReturned);
        (await App.ApproveReturnAsync(heatingReturned)).Errors.ShouldBeEmpty();
        var heatingKept = await App.DispatchedTicketAsync();
        await App.RequestReturnAsync(heatingKept);
        (await App.RejectReturnAsync(heatingKept, "请继续办理")).Errors.ShouldBeEmpty();
        var heatingExtended = await App.DispatchedTicketAsync();
        var requestId = await App.RequestExtensionAsync(heatingExtended, TimeSpan.FromDays(2));
        (await App.DecideExtensionAsync(heatingExtended, requestId, approve: true)).Errors.ShouldBeEmpty();
        var waterReturned = await App.DispatchedTicketAsync("water");
        await App.RequestReturnAsync(waterReturned, "water");
        (await App.ApproveReturnAsync(waterReturned)).Errors.ShouldBeEmpty();
        App.Clock.Advance(TimeSpan.FromDays(1));
        var nextDay = await App.DispatchedTicketAsync("water");
        await App.RequestReturnAsync(nextDay, "water");
        (await App.ApproveReturnAsync(nextDay)).Errors.ShouldBeEmpty();

        var today = TestDatabase.DefaultNow.AddHours(-10); // 00:00 in Shanghai on the test day
        var counts = await App.UseAsync<UnitRequestCountService, IReadOnlyList<UnitRequestCount>>(s =>
            s.CountsAsync(today, today.AddDays(1)));

        var heating = await App.UnitIdAsync("heating");
        var water = await App.UnitIdAsync("water");
        counts.Select(c => (c.UnitId, c.ReturnsApproved, c.ExtensionsApproved)).ShouldBe([(heating, 1, 1), (water, 1, 0)]);
        counts[0].Unit.Zh.ShouldBe("市热力有限公司");
        var twoDays = await App.UseAsync<UnitRequestCountService, IReadOnlyList<UnitRequestCount>>(s =>
            s.CountsAsync(today, today.AddDays(2), [water]));
        twoDays.ShouldHaveSingleItem().ReturnsApproved.ShouldBe(2);
    }
}
