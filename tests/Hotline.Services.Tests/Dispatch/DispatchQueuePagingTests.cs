using Hotline.Domain.Common;
using Hotline.Services.Common;
using Hotline.Services.Dispatch;
using Hotline.Services.Tests.Infrastructure;

namespace Hotline.Services.Tests.Dispatch;

/// <summary>The queue is read a page at a time, never unbounded; the pages together are the whole queue, in order.</summary>
public sealed class DispatchQueuePagingTests(DispatchQueueFixture app)
    : DatabaseTest<DispatchQueueFixture>(app), IClassFixture<DispatchQueueFixture>
{
    private const int Waiting = 5;

    [Fact]
    public async Task Pages_of_two_together_are_the_whole_queue_in_order_without_repeats()
    {
        var whole = await PageAsync(1, Limits.PageSizeMax);
        whole.Items.Count.ShouldBe(Waiting);

        var pages = new[] { await PageAsync(1, 2), await PageAsync(2, 2), await PageAsync(3, 2) };

        pages.Select(p => p.Items.Count).ShouldBe([2, 2, 1]);
        pages.SelectMany(p => p.Items).Select(i => i.Number).ShouldBe(whole.Items.Select(i => i.Number));
        pages.ShouldAllBe(p => p.TotalCount == Waiting && p.PageCount == 3 && p.PageSize == 2);
        (pages[0].HasPrevious, pages[0].HasNext).ShouldBe((false, true));
        (pages[1].HasPrevious, pages[1].HasNext).ShouldBe((true, true));
        (pages[2].HasPrevious, pages[2].HasNext).ShouldBe((true, false));
    }

    [Fact]
    public async Task A_page_past_the_end_is_empty_but_still_tells_the_total()
    {
        var page = await PageAsync(4, 2);

        page.Items.ShouldBeEmpty();
        page.TotalCount.ShouldBe(Waiting);
    }

    [Fact]
    public async Task A_page_number_below_one_reads_the_first_page()
    {
        var page = await PageAsync(0, 2);

        page.Page.ShouldBe(1);
        page.Items.Select(i => i.Number).ShouldBe((await PageAsync(1, 2)).Items.Select(i => i.Number));
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(-5, 1)]
    [InlineData(100_000, Limits.PageSizeMax)]
    public async Task The_page_size_is_kept_within_bounds(int asked, int used)
    {
        var page = await PageAsync(1, asked);

        page.PageSize.ShouldBe(used);
        page.Items.Count.ShouldBe(Math.Min(used, Waiting));
    }

    [Fact]
    public async Task The_default_page_holds_thirty_rows()
    {
        (await App.QueueAsync(new DispatchQueueFilter())).PageSize.ShouldBe(30);
    }

    private Task<PagedList<QueueItem>> PageAsync(int page, int size) =>
        App.QueueAsync(new DispatchQueueFilter { Page = page, PageSize = size });
}
