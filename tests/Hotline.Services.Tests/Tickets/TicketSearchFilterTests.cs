using Hotline.Domain.Tickets;
using Hotline.Services.Tests.Infrastructure;
using Hotline.Services.Tickets;

namespace Hotline.Services.Tests.Tickets;

public sealed class TicketSearchFilterTests(TicketSearchFixture app) : DatabaseTest<TicketSearchFixture>(app), IClassFixture<TicketSearchFixture>
{
    [Fact]
    public async Task The_known_tickets_have_the_expected_numbers()
    {
        App.All.ShouldBe(["20261123-00001", "20261123-00002", "20261123-00003", "20261124-00001"]);
        (await FindAsync(new TicketFilter())).ShouldBe(App.All, ignoreOrder: true);
    }

    [Theory]
    [InlineData("20261123-00002")]
    [InlineData("  20261123-00002 ")]
    public async Task Finds_a_ticket_by_its_exact_number(string typed)
    {
        (await FindAsync(new TicketFilter { Number = typed })).ShouldBe([App.Water]);
    }

    [Fact]
    public async Task Finds_tickets_by_a_number_prefix()
    {
        (await FindAsync(new TicketFilter { Number = "20261124" })).ShouldBe([App.HeatingFee]);
        (await FindAsync(new TicketFilter { Number = "20261123-" })).ShouldBe([App.Heating, App.Water, App.Noise], ignoreOrder: true);
        (await FindAsync(new TicketFilter { Number = "202611" })).Count.ShouldBe(4);
        (await FindAsync(new TicketFilter { Number = "20261125" })).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("13811110001")]
    [InlineData("138-1111-0001")]
    [InlineData("138 1111 0001")]
    [InlineData("+8613811110001")]
    [InlineData("+86 138-1111-0001")]
    public async Task Finds_a_callers_tickets_whatever_format_the_phone_is_typed_in(string typed)
    {
        (await FindAsync(new TicketFilter { Phone = typed })).ShouldBe([App.Heating, App.HeatingFee], ignoreOrder: true);
    }

    [Fact]
    public async Task Finds_a_landline_caller_and_a_partial_number()
    {
        (await FindAsync(new TicketFilter { Phone = "0535-6681234" })).ShouldBe([App.Water]);
        (await FindAsync(new TicketFilter { Phone = "1111" })).ShouldBe([App.Heating, App.HeatingFee], ignoreOrder: true);
    }

    [Fact]
    public async Task Finds_tickets_by_chinese_words_in_the_content()
    {
        (await FindAsync(new TicketFilter { Text = "供暖" })).ShouldBe([App.Heating, App.HeatingFee], ignoreOrder: true);
        (await FindAsync(new TicketFilter { Text = "停水" })).ShouldBe([App.Water]);
        (await FindAsync(new TicketFilter { Text = "地铁" })).ShouldBeEmpty();
    }

    [Fact]
    public async Task Filters_by_status()
    {
        (await FindAsync(new TicketFilter { Status = TicketStatus.Dispatched })).ShouldBe([App.Heating]);
        (await FindAsync(new TicketFilter { Status = TicketStatus.PendingDispatch })).ShouldBe([App.Water, App.Noise], ignoreOrder: true);
        (await FindAsync(new TicketFilter { Status = TicketStatus.Closed })).ShouldBe([App.HeatingFee]);
    }

    [Fact]
    public async Task Filters_by_request_type()
    {
        (await FindAsync(new TicketFilter { Type = RequestType.Complaint })).ShouldBe([App.Heating, App.Noise], ignoreOrder: true);
        (await FindAsync(new TicketFilter { Type = RequestType.HelpRequest })).ShouldBe([App.Water]);
        (await FindAsync(new TicketFilter { Type = RequestType.Consultation })).ShouldBe([App.HeatingFee]);
        (await FindAsync(new TicketFilter { Type = RequestType.Praise })).ShouldBeEmpty();
    }

    [Fact]
    public async Task Filters_by_a_leaf_category_or_by_its_top_level_category()
    {
        (await FindAsync(new TicketFilter { CategoryId = await App.CategoryIdAsync("utilities-heating") })).ShouldBe([App.Heating]);
        (await FindAsync(new TicketFilter { CategoryId = await App.CategoryIdAsync("utilities") }))
            .ShouldBe([App.Heating, App.Water, App.HeatingFee], ignoreOrder: true);
        (await FindAsync(new TicketFilter { CategoryId = await App.CategoryIdAsync("environment") })).ShouldBe([App.Noise]);
    }

    [Fact]
    public async Task Filters_by_the_lead_unit_or_else_the_suggested_unit()
    {
        (await FindAsync(new TicketFilter { UnitId = await App.UnitIdAsync("heating") })).ShouldBe([App.Heating]);
        (await FindAsync(new TicketFilter { UnitId = await App.UnitIdAsync("water") })).ShouldBe([App.Water]);
        (await FindAsync(new TicketFilter { UnitId = await App.UnitIdAsync("laishan-huanghai") })).ShouldBe([App.Noise]);
        (await FindAsync(new TicketFilter { UnitId = await App.UnitIdAsync("gas") })).ShouldBeEmpty();
    }

    [Fact]
    public async Task Combines_filters()
    {
        (await FindAsync(new TicketFilter { Phone = TicketSearchFixture.HeatingCaller, Status = TicketStatus.Closed, Text = "供暖" }))
            .ShouldBe([App.HeatingFee]);
    }

    private async Task<List<string>> FindAsync(TicketFilter filter) =>
        (await App.SearchAsync(filter)).Items.Select(i => i.Number).ToList();
}
