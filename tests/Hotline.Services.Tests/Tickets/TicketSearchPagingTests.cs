using Hotline.Domain.Common;
using Hotline.Services.Tests.Infrastructure;
using Hotline.Services.Tickets;

namespace Hotline.Services.Tests.Tickets;

public sealed class TicketSearchPagingTests(TicketSearchFixture app) : DatabaseTest<TicketSearchFixture>(app), IClassFixture<TicketSearchFixture>
{
    [Fact]
    public async Task Pages_hold_at_most_the_page_size_and_report_the_total()
    {
        var first = await App.SearchAsync(new TicketFilter { PageSize = 3 });
        var second = await App.SearchAsync(new TicketFilter { PageSize = 3, Page = 2 });

        first.Items.Select(i => i.Number).ShouldBe([App.HeatingFee, App.Noise, App.Water]);
        first.TotalCount.ShouldBe(4);
        first.PageCount.ShouldBe(2);
        first.HasNext.ShouldBeTrue();
        second.Items.Select(i => i.Number).ShouldBe([App.Heating]);
        second.TotalCount.ShouldBe(4);
        second.HasNext.ShouldBeFalse();
        second.HasPrevious.ShouldBeTrue();
    }

    [Fact]
    public async Task A_page_beyond_the_end_is_empty_but_keeps_the_total()
    {
        var beyond = await App.SearchAsync(new TicketFilter { PageSize = 3, Page = 5 });

        beyond.Items.ShouldBeEmpty();
        beyond.TotalCount.ShouldBe(4);
        beyond.Page.ShouldBe(5);
    }

    [Fact]
    public async Task Out_of_range_page_numbers_and_sizes_are_clamped()
    {
        (await App.SearchAsync(new TicketFilter { Page = 0 })).Page.ShouldBe(1);
        (await App.SearchAsync(new TicketFilter { PageSize = 0 })).Items.Count.ShouldBe(1);
        (await App.SearchAsync(new TicketFilter { PageSize = 100_000 })).PageSize.ShouldBe(Limits.PageSizeMax);
    }

    [Fact]
    public async Task Newest_first_by_default_and_oldest_first_on_request()
    {
        (await App.SearchAsync(new TicketFilter())).Items.Select(i => i.Number).ShouldBe(App.All.Reverse());
        (await App.SearchAsync(new TicketFilter { OldestFirst = true })).Items.Select(i => i.Number).ShouldBe(App.All);
        (await App.SearchAsync(new TicketFilter { OldestFirst = true, PageSize = 2, Page = 2 })).Items.Select(i => i.Number)
            .ShouldBe([App.Noise, App.HeatingFee]);
    }

    [Fact]
    public async Task List_items_carry_the_category_unit_and_an_excerpt()
    {
        var item = (await App.SearchAsync(new TicketFilter { Number = App.Water })).Items.ShouldHaveSingleItem();

        item.Category.Zh.ShouldBe("停水");
        item.Unit.ShouldNotBeNull().Zh.ShouldBe("市自来水有限公司");
        item.CallerPhone.ShouldBe(TicketSearchFixture.LandlineCaller);
        item.Content.ShouldBe(IntakeInputs.WaterContent);
        item.Content.Length.ShouldBeLessThanOrEqualTo(TicketQueryService.ExcerptLength);
    }
}
