using Hotline.Domain.Tickets;
using Hotline.Services.Intake;
using Hotline.Services.Tests.Infrastructure;
using Hotline.Services.Tickets;
using Hotline.Testing;

namespace Hotline.Services.Tests.Tickets;

public sealed class TicketDetailTests(DatabaseFixture app) : DatabaseTest<DatabaseFixture>(app), IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Shows_the_ticket_with_its_timeline_oldest_first()
    {
        var number = await App.RegisterAsync(IntakeInputs.Register(await App.CategoryIdAsync("utilities-heating"),
            areaUnitId: await App.UnitIdAsync("laishan-huanghai")));
        App.Clock.Advance(TimeSpan.FromMinutes(20));
        await App.DispatchAsync(number, "heating");
        App.Clock.Advance(TimeSpan.FromMinutes(20));
        await App.IntakeAsync(IntakeInputs.Urge(number, "再次催办。"), IntakeAction.Urge);

        var detail = (await GetAsync(number)).ShouldNotBeNull();

        detail.Status.ShouldBe(TicketStatus.Dispatched);
        detail.CategoryParent.Zh.ShouldBe("公用事业");
        detail.Category.Zh.ShouldBe("供暖");
        detail.Area.ShouldNotBeNull().Zh.ShouldBe("莱山区黄海路街道");
        detail.SuggestedUnit.ShouldNotBeNull().Zh.ShouldBe("市热力有限公司");
        detail.LeadUnit.ShouldNotBeNull().Zh.ShouldBe("市热力有限公司");
        detail.RegisteredBy.ShouldBe("王晓燕");
        detail.RegisteredAt.ShouldBe(TestDatabase.DefaultNow);
        detail.DispatchDueAt.ShouldBe(TestDatabase.DefaultNow.AddHours(4));
        detail.UrgeCount.ShouldBe(1);
        detail.Round.ShouldBe(1);
        detail.Timeline.Select(e => e.Action).ShouldBe([TicketAction.Register, TicketAction.Dispatch, TicketAction.Urge]);
        detail.Timeline.Select(e => e.At).ShouldBeInOrder(SortDirection.Ascending);
        detail.Timeline[1].Unit.ShouldNotBeNull().Zh.ShouldBe("市热力有限公司");
        detail.Timeline[2].Note.ShouldBe("再次催办。");
    }

    [Fact]
    public async Task An_unknown_number_is_null()
    {
        (await GetAsync("20261123-09999")).ShouldBeNull();
    }

    private async Task<TicketDetail?> GetAsync(string number)
    {
        var viewer = await App.ViewerAsync("agent");
        return await App.UseAsync<TicketQueryService, TicketDetail?>(s => s.GetAsync(number, viewer));
    }
}
