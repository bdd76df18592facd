using Hotline.Services.Tests.Infrastructure;

namespace Hotline.Services.Tests.Intake;

public sealed class SuggestedUnitTests(DatabaseFixture app) : DatabaseTest<DatabaseFixture>(app), IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task The_suggested_unit_is_the_categorys_default_unit()
    {
        var number = await App.RegisterAsync(IntakeInputs.Register(await App.CategoryIdAsync("utilities-heating"),
            areaUnitId: await App.UnitIdAsync("laishan-huanghai")));

        var ticket = await App.TicketAsync(number);

        ticket.SuggestedUnitId.ShouldBe(await App.UnitIdAsync("heating"));
        ticket.AreaUnitId.ShouldBe(await App.UnitIdAsync("laishan-huanghai"));
        ticket.LeadUnitId.ShouldBeNull();
    }

    [Fact]
    public async Task A_local_category_suggests_the_chosen_area_unit()
    {
        var number = await App.RegisterAsync(IntakeInputs.Register(await App.CategoryIdAsync("urban-illegal-construction"),
            "小区楼顶有人私搭乱建彩钢板房，已经施工三天了，请城管查处。", areaUnitId: await App.UnitIdAsync("laishan-huanghai")));

        var ticket = await App.TicketAsync(number);

        ticket.SuggestedUnitId.ShouldBe(await App.UnitIdAsync("laishan-huanghai"));
    }

    [Fact]
    public async Task A_local_category_without_an_area_falls_back_to_its_default_unit()
    {
        var number = await App.RegisterAsync(IntakeInputs.Register(await App.CategoryIdAsync("urban-illegal-construction"),
            "小区楼顶有人私搭乱建彩钢板房，已经施工三天了，请城管查处。"));

        var ticket = await App.TicketAsync(number);

        ticket.SuggestedUnitId.ShouldBe(await App.UnitIdAsync("urban"));
    }
}
