using Hotline.Domain.Common;
using Hotline.Domain.Tickets;
using Hotline.Services.Dispatch;
using Hotline.Services.Tests.Infrastructure;

namespace Hotline.Services.Tests.Dispatch;

/// <summary>
/// The queue filters by category (a parent finds its leaves), by area (a district finds its townships) and by urgency.
/// The tickets of <see cref="DispatchQueueFixture"/> are registered once for the class; every test only reads them.
/// </summary>
public sealed class DispatchQueueFilterTests(DispatchQueueFixture app)
    : DatabaseTest<DispatchQueueFixture>(app), IClassFixture<DispatchQueueFixture>
{
    [Fact]
    public async Task A_leaf_category_finds_only_its_own_tickets()
    {
        var shown = await NumbersAsync(new DispatchQueueFilter { CategoryId = await App.CategoryIdAsync("utilities-heating") });

        shown.ShouldBe([App.HeatingUrgentInHuanghai, App.HeatingInLaishan, App.HeatingInZhifuTownship], ignoreOrder: true);
    }

    [Fact]
    public async Task A_parent_category_finds_the_tickets_of_all_its_leaves()
    {
        var shown = await NumbersAsync(new DispatchQueueFilter { CategoryId = await App.CategoryIdAsync("utilities") });

        shown.ShouldBe([App.HeatingUrgentInHuanghai, App.HeatingInLaishan, App.HeatingInZhifuTownship, App.WaterOutageUrgentNoArea],
            ignoreOrder: true);
    }

    [Fact]
    public async Task A_district_finds_its_own_tickets_and_those_of_its_townships()
    {
        var shown = await NumbersAsync(new DispatchQueueFilter { AreaUnitId = await App.UnitIdAsync("laishan") });

        shown.ShouldBe([App.HeatingUrgentInHuanghai, App.HeatingInLaishan, App.ConstructionInChujia], ignoreOrder: true);
    }

    [Fact]
    public async Task A_township_finds_only_its_own_tickets()
    {
        var shown = await NumbersAsync(new DispatchQueueFilter { AreaUnitId = await App.UnitIdAsync("laishan-huanghai") });

        shown.ShouldBe([App.HeatingUrgentInHuanghai]);
    }

    [Theory]
    [InlineData(Urgency.Urgent)]
    [InlineData(Urgency.Normal)]
    public async Task Urgency_finds_only_tickets_of_that_urgency(Urgency urgency)
    {
        var shown = await NumbersAsync(new DispatchQueueFilter { Urgency = urgency });

        shown.ShouldBe(urgency == Urgency.Urgent
            ? [App.HeatingUrgentInHuanghai, App.WaterOutageUrgentNoArea]
            : [App.HeatingInLaishan, App.HeatingInZhifuTownship, App.ConstructionInChujia], ignoreOrder: true);
    }

    [Fact]
    public async Task Filters_combine()
    {
        var shown = await NumbersAsync(new DispatchQueueFilter
        {
            CategoryId = await App.CategoryIdAsync("utilities"),
            AreaUnitId = await App.UnitIdAsync("laishan"),
            Urgency = Urgency.Normal,
        });

        shown.ShouldBe([App.HeatingInLaishan]);
    }

    [Fact]
    public async Task Without_a_filter_every_waiting_ticket_is_listed_and_the_dispatched_one_is_not()
    {
        var shown = await NumbersAsync(new DispatchQueueFilter());

        shown.ShouldBe([App.HeatingUrgentInHuanghai, App.HeatingInLaishan, App.HeatingInZhifuTownship, App.WaterOutageUrgentNoArea,
            App.ConstructionInChujia], ignoreOrder: true);
    }

    private async Task<List<string>> NumbersAsync(DispatchQueueFilter filter)
    {
        filter.PageSize = Limits.PageSizeMax;
        var queue = await App.QueueAsync(filter);
        queue.TotalCount.ShouldBe(queue.Items.Count);
        return queue.Items.Select(i => i.Number).ToList();
    }
}
