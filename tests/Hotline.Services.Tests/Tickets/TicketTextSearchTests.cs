using Hotline.Services.Common;
using Hotline.Services.Tests.Infrastructure;
using Hotline.Services.Tickets;

namespace Hotline.Services.Tests.Tickets;

public sealed class TicketTextSearchTests(DatabaseFixture app) : DatabaseTest<DatabaseFixture>(app), IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Percent_and_underscore_in_the_text_are_taken_literally()
    {
        var category = await App.CategoryIdAsync("utilities-water-fee");
        var percent = await App.RegisterAsync(IntakeInputs.Register(category, "这个月水费比去年同期上涨了30%，请核实收费标准。"));
        var hundreds = await App.RegisterAsync(IntakeInputs.Register(category, "这个月水费比去年同期上涨了300元，请核实收费标准。"));
        var underscore = await App.RegisterAsync(IntakeInputs.Register(category, "网上报修编号 WX_2026 的工单一直没有人处理水表问题。"));

        (await FindAsync("30%")).ShouldBe([percent]);
        (await FindAsync("%")).ShouldBe([percent]);
        (await FindAsync("_")).ShouldBe([underscore]);
        (await FindAsync("X_2")).ShouldBe([underscore]);
        (await FindAsync("上涨了3_0")).ShouldBeEmpty();
        (await FindAsync("上涨了30")).ShouldBe([percent, hundreds], ignoreOrder: true);
    }

    [Fact]
    public async Task The_text_is_also_found_in_the_address()
    {
        var input = IntakeInputs.Register(await App.CategoryIdAsync("utilities-heating"));
        input.Address = "芝罘区向阳街道幸福里小区8号楼";
        var number = await App.RegisterAsync(input);

        (await FindAsync("幸福里")).ShouldBe([number]);
    }

    private async Task<List<string>> FindAsync(string text)
    {
        var viewer = await App.ViewerAsync("agent");
        var page = await App.UseAsync<TicketQueryService, PagedList<TicketListItem>>(s => s.SearchAsync(new TicketFilter { Text = text }, viewer));
        return page.Items.Select(i => i.Number).ToList();
    }
}
