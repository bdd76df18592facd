using Hotline.Domain.Tickets;
using Hotline.Services.Common;
using Hotline.Services.Supervision;
using Hotline.Services.Tests.Decisions;
using Hotline.Services.Tests.Infrastructure;
using Hotline.Services.Tests.Workbench;

namespace Hotline.Services.Tests.Supervision;

/// <summary>The work list's other sections: decisions waiting, tickets reopened repeatedly, the week's dissatisfied callbacks.</summary>
public sealed class WorkListSectionsTests(DatabaseFixture app) : DatabaseTest<DatabaseFixture>(app), IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Waiting_extension_and_return_requests_are_counted_with_the_oldest_first()
    {
        var extension = await App.GivenToAsync("ecology");
        await App.RequestExtensionAsync(extension, TimeSpan.FromDays(2), "ecology");
        App.Clock.Advance(TimeSpan.FromMinutes(5));
        var returned = await App.GivenToAsync("water");
        await App.RequestReturnAsync(returned, "water");

        var decisions = await App.UseAsync<SupervisorWorkListService, PendingDecisions>(s => s.DecisionsAsync());

        decisions.ExtensionsWaiting.ShouldBe(1);
        decisions.OldestExtensions.ShouldHaveSingleItem().Number.ShouldBe(extension);
        decisions.ReturnsWaiting.ShouldBe(1);
        decisions.OldestReturns.ShouldHaveSingleItem().Number.ShouldBe(returned);
    }

    [Fact]
    public async Task A_ticket_reopened_more_often_than_the_threshold_is_flagged_and_one_at_the_threshold_is_not()
    {
        var often = await App.ResolvedAsync("laishan-chujia");
        var twice = await App.ResolvedAsync("laishan-chujia");
        for (var i = 0; i < 3; i++)
        {
            (await App.ReopenAsync(often, "laishan-chujia")).Errors.ShouldBeEmpty();
            if (i < 2)
            {
                await App.ResolveRoundAsync(often, "laishan-chujia");
                (await App.ReopenAsync(twice, "laishan-chujia")).Errors.ShouldBeEmpty();
                await App.ResolveRoundAsync(twice, "laishan-chujia");
            }
        }

        var unit = await App.UnitIdAsync("laishan-chujia");
        var reopened = await App.UseAsync<SupervisorWorkListService, PagedList<ReopenedTicket>>(s => s.ReopenedAsync(new WorkListFilter { UnitId = unit }));

        var row = reopened.Items.ShouldHaveSingleItem();
        (row.Number, row.ReopenCount, row.Round, row.Status).ShouldBe((often, 3, 4, TicketStatus.Dispatched));
        row.LeadUnit!.Zh.ShouldBe("莱山区初家街道");
        var banner = await App.UseAsync<SupervisorWorkListService, SupervisionBanner?>(async s => await s.BannerAsync(often, await App.ViewerAsync("supervisor")));
        (banner!.RepeatedlyReopened, banner.ReopenCount).ShouldBe((true, 3));
        var notFlagged = await App.UseAsync<SupervisorWorkListService, SupervisionBanner?>(async s => await s.BannerAsync(twice, await App.ViewerAsync("supervisor")));
        notFlagged!.RepeatedlyReopened.ShouldBeFalse();
    }

    [Fact]
    public async Task Dissatisfied_callbacks_of_the_last_seven_days_are_listed_newest_first()
    {
        var unit = "laishan-binhai";
        var old = await App.ResolvedAsync(unit);
        await App.CallBackAsync(old, Satisfaction.Dissatisfied, "上周就不满意");
        App.Clock.Advance(TimeSpan.FromDays(8));
        var satisfied = await App.ResolvedAsync(unit);
        await App.CallBackAsync(satisfied, Satisfaction.Satisfied);
        var first = await App.ResolvedAsync(unit);
        await App.CallBackAsync(first, Satisfaction.Dissatisfied, "问题没有解决，态度敷衍。");
        App.Clock.Advance(TimeSpan.FromHours(1));
        var second = await App.ResolvedAsync(unit);
        await App.CallBackAsync(second, Satisfaction.Dissatisfied);
        var elsewhere = await App.ResolvedAsync("water");
        await App.CallBackAsync(elsewhere, Satisfaction.Dissatisfied);

        var unitId = await App.UnitIdAsync(unit);
        var list = await App.UseAsync<SupervisorWorkListService, PagedList<DissatisfiedCallback>>(s => s.DissatisfiedAsync(new WorkListFilter { UnitId = unitId }));

        list.Items.Select(c => c.Number).ShouldBe([second, first]);
        var row = list.Items[1];
        (row.CitizenWords, row.Solved, row.Reopened, row.Round, row.Status).ShouldBe(("问题没有解决，态度敷衍。", false, false, 1, TicketStatus.Closed));
        row.Unit!.Zh.ShouldBe("莱山区滨海路街道");
        var all = await App.UseAsync<SupervisorWorkListService, PagedList<DissatisfiedCallback>>(s => s.DissatisfiedAsync(new WorkListFilter()));
        all.Items.Select(c => c.Number).ShouldContain(elsewhere);
        all.Items.Select(c => c.Number).ShouldNotContain(old);
    }
}
