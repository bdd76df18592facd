using Hotline.Domain.Tickets;
using Hotline.Services.Tests.Infrastructure;
using Hotline.Services.Workbench;

namespace Hotline.Services.Tests.Workbench;

public sealed class WorkbenchQueueFilterTests(DatabaseFixture app) : DatabaseTest<DatabaseFixture>(app), IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Tabs_filters_and_paging_narrow_the_queue_and_the_counts_follow_the_filters()
    {
        var marker = "幸福小区供暖管道漏水，楼道积水结冰，请尽快处理。编号甲";
        var first = await App.GivenToAsync(content: marker);
        App.Clock.Advance(TimeSpan.FromMinutes(1));
        var second = await App.GivenToAsync(content: marker);

        var byText = await QueueAsync(new WorkbenchFilter { Text = "编号甲" });
        byText.Items.Items.Select(i => i.Number).ShouldBe([first, second]);
        byText.Count(WorkbenchGroup.ToSignFor).ShouldBe(2);
        (await QueueAsync(new WorkbenchFilter { Text = second })).Items.Items.ShouldHaveSingleItem().Number.ShouldBe(second);
        (await QueueAsync(new WorkbenchFilter { Text = "编号甲", Group = WorkbenchGroup.ToResolve })).Items.TotalCount.ShouldBe(0);
        (await QueueAsync(new WorkbenchFilter { Text = "编号甲", Urgency = Urgency.Urgent })).Items.TotalCount.ShouldBe(0);
        var page2 = await QueueAsync(new WorkbenchFilter { Text = "编号甲", PageSize = 1, Page = 2 });
        page2.Items.Items.ShouldHaveSingleItem().Number.ShouldBe(second);
        page2.Items.TotalCount.ShouldBe(2);
        (await QueueAsync(new WorkbenchFilter { Text = "编号甲" }, "liaison-water")).Items.TotalCount.ShouldBe(0);
    }

    private async Task<WorkbenchQueue> QueueAsync(WorkbenchFilter filter, string user = "liaison-heating")
    {
        filter.PageSize = filter.PageSize == WorkbenchFilter.DefaultPageSize ? 100 : filter.PageSize;
        var viewer = await App.ViewerAsync(user);
        return await App.UseAsync<WorkbenchService, WorkbenchQueue>(s => s.QueueAsync(viewer, filter));
    }
}
