using Hotline.Domain.Tickets;
using Hotline.Services.Dispatch;
using Hotline.Services.Tests.Decisions;
using Hotline.Services.Tests.Dispatch;
using Hotline.Services.Tests.FollowUp;
using Hotline.Services.Tests.Infrastructure;
using Hotline.Services.Tickets;

namespace Hotline.Services.Tests.Tickets;

/// <summary>Clock per holder on real PostgreSQL (issue 18 §1): the holders of each round, end to end, make up its life exactly.</summary>
public sealed class HoldingServiceTests(DatabaseFixture app) : DatabaseTest<DatabaseFixture>(app), IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Holding_times_sum_to_the_tickets_life_exactly_per_round()
    {
        var number = await App.RegisterAsync(IntakeInputs.Register(await App.CategoryIdAsync("utilities-heating"), phone: "13905351801"));
        var registeredAt = App.Clock.GetUtcNow();
        App.Clock.Advance(TimeSpan.FromMinutes(17));
        (await App.TryDispatchAsync(number, await App.FormAsync(number, "heating"))).Errors.ShouldBeEmpty();
        App.Clock.Advance(TimeSpan.FromHours(3));
        await App.WorkRoundAsync(number);
        App.Clock.Advance(TimeSpan.FromDays(1));
        await App.CalledBackAsync(number, FollowUpSteps.Dissatisfied(reopen: true));
        var reopenedAt = App.Clock.GetUtcNow();
        App.Clock.Advance(TimeSpan.FromHours(5));
        await App.WorkRoundAsync(number);
        App.Clock.Advance(TimeSpan.FromHours(20));
        await App.CalledBackAsync(number, FollowUpSteps.Satisfied());
        var closedAt = App.Clock.GetUtcNow();
        App.Clock.Advance(TimeSpan.FromDays(3));

        var view = await HoldingsAsync(number, "supervisor");

        view.Lead.Select(h => (h.Holding.Round, h.Holding.Kind, h.Unit?.Zh, h.Holding.End)).ShouldBe(
        [
            (1, HolderKind.Dispatch, null, HoldingEnd.Dispatched),
            (1, HolderKind.Unit, "市热力有限公司", HoldingEnd.Resolved),
            (1, HolderKind.Callback, null, HoldingEnd.Reopened),
            (2, HolderKind.Unit, "市热力有限公司", HoldingEnd.Resolved),
            (2, HolderKind.Callback, null, HoldingEnd.Closed),
        ]);
        Sum(view.Lead.Where(h => h.Holding.Round == 1)).ShouldBe(reopenedAt - registeredAt);
        Sum(view.Lead.Where(h => h.Holding.Round == 2)).ShouldBe(closedAt - reopenedAt);
        view.Life.ShouldBe(closedAt - registeredAt, "a closed ticket's life stops at its closing, not now");
        view.Lead.Select(h => h.Natural).ShouldBe([TimeSpan.FromMinutes(17), TimeSpan.FromHours(3), TimeSpan.FromDays(1), TimeSpan.FromHours(5), TimeSpan.FromHours(20)]);
        view.Lead.ShouldAllBe(h => h.Working <= h.Natural);
        view.Lead.Sum(h => h.WidthShare).ShouldBe(1, 1e-9);
    }

    [Fact]
    public async Task A_returned_units_time_stays_with_it_and_another_units_liaison_sees_nothing()
    {
        var number = await App.RegisterAsync(IntakeInputs.Register(await App.CategoryIdAsync("utilities-heating"), phone: "13905351802"));
        (await App.TryDispatchAsync(number, await App.FormAsync(number, "water"))).Errors.ShouldBeEmpty();
        App.Clock.Advance(TimeSpan.FromMinutes(40));
        await App.RequestReturnAsync(number, "water");
        (await App.ApproveReturnAsync(number, "改派热力公司")).Errors.ShouldBeEmpty();
        App.Clock.Advance(TimeSpan.FromMinutes(10));
        (await App.TryDispatchAsync(number, await App.FormAsync(number, "heating"))).Errors.ShouldBeEmpty();
        App.Clock.Advance(TimeSpan.FromHours(1));

        var view = await HoldingsAsync(number, "liaison-heating");

        view.Lead.Select(h => (h.Holding.Kind, h.Unit?.Zh, h.Holding.End)).ShouldBe(
        [
            (HolderKind.Dispatch, null, HoldingEnd.Dispatched),
            (HolderKind.Unit, "市自来水有限公司", HoldingEnd.Returned),
            (HolderKind.Dispatch, null, HoldingEnd.Dispatched),
            (HolderKind.Unit, "市热力有限公司", HoldingEnd.Running),
        ]);
        view.Lead[1].Natural.ShouldBe(TimeSpan.FromMinutes(40));
        view.Lead[3].Natural.ShouldBe(TimeSpan.FromHours(1), "the unit that got it next is charged from its own dispatch");
        (await HoldingsAsync(number, "liaison-gas")).ShouldBe(HoldingsView.Empty);
    }

    private async Task<HoldingsView> HoldingsAsync(string number, string user)
    {
        var viewer = await App.ViewerAsync(user);
        return await App.UseAsync<HoldingService, HoldingsView>(s => s.OfAsync(number, viewer));
    }

    private static TimeSpan Sum(IEnumerable<HoldingView> holdings) => holdings.Aggregate(TimeSpan.Zero, (sum, h) => sum + h.Natural);
}
