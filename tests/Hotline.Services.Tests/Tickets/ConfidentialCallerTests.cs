using Hotline.Domain.Tickets;
using Hotline.Services.Tests.Infrastructure;
using Hotline.Services.Tickets;

namespace Hotline.Services.Tests.Tickets;

public sealed class ConfidentialCallerTests(DatabaseFixture app) : DatabaseTest<DatabaseFixture>(app), IClassFixture<DatabaseFixture>
{
    private const string ReportContent = "楼下有人无证经营黑作坊，生产的食品卫生条件很差。";

    [Fact]
    public async Task A_liaison_sees_a_confidential_caller_masked()
    {
        var number = await RegisterReportAsync("13805350001");

        var detail = (await GetAsync(number, "liaison-market")).ShouldNotBeNull();
        var item = (await SearchAsync(number, "liaison-market")).ShouldHaveSingleItem();

        detail.IsConfidential.ShouldBeTrue();
        detail.CallerMasked.ShouldBeTrue();
        detail.CallerPhone.ShouldBe("138****0001");
        detail.CallerName.ShouldBe("张**");
        item.CallerPhone.ShouldBe("138****0001");
        item.IsConfidential.ShouldBeTrue();
    }

    [Fact]
    public async Task An_agent_sees_a_confidential_caller_in_full()
    {
        var number = await RegisterReportAsync("13805350002");

        var detail = (await GetAsync(number, "agent")).ShouldNotBeNull();
        var item = (await SearchAsync(number, "agent")).ShouldHaveSingleItem();

        detail.CallerMasked.ShouldBeFalse();
        detail.CallerPhone.ShouldBe("13805350002");
        detail.CallerName.ShouldBe("张三丰");
        item.CallerPhone.ShouldBe("13805350002");
    }

    [Fact]
    public async Task A_liaison_sees_an_ordinary_caller_in_full()
    {
        var number = await App.RegisterAsync(IntakeInputs.Register(await App.CategoryIdAsync("market-unlicensed"), ReportContent, "13805350003"));
        await App.DispatchAsync(number, "market");

        var detail = (await GetAsync(number, "liaison-market")).ShouldNotBeNull();

        detail.CallerMasked.ShouldBeFalse();
        detail.CallerPhone.ShouldBe("13805350003");
        detail.CallerName.ShouldBe("张三");
        (await SearchAsync(number, "liaison-market")).ShouldHaveSingleItem().CallerPhone.ShouldBe("13805350003");
    }

    private async Task<string> RegisterReportAsync(string phone)
    {
        var input = IntakeInputs.Register(await App.CategoryIdAsync("market-unlicensed"), ReportContent, phone, RequestType.Report);
        input.CallerName = "张三丰";
        var number = await App.RegisterAsync(input);
        await App.DispatchAsync(number, "market");
        return number;
    }

    private async Task<IReadOnlyList<TicketListItem>> SearchAsync(string number, string user)
    {
        var viewer = await App.ViewerAsync(user);
        return (await App.UseAsync<TicketQueryService, Common.PagedList<TicketListItem>>(
            s => s.SearchAsync(new TicketFilter { Number = number }, viewer))).Items;
    }

    private async Task<TicketDetail?> GetAsync(string number, string user)
    {
        var viewer = await App.ViewerAsync(user);
        return await App.UseAsync<TicketQueryService, TicketDetail?>(s => s.GetAsync(number, viewer));
    }
}
