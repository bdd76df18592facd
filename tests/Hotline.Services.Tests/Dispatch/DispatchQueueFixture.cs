using Hotline.Domain.Tickets;
using Hotline.Services.Tests.Infrastructure;

namespace Hotline.Services.Tests.Dispatch;

/// <summary>The class's database with five tickets waiting for dispatch and one already dispatched.</summary>
public sealed class DispatchQueueFixture : DatabaseFixture
{
    public string HeatingUrgentInHuanghai { get; private set; } = string.Empty;
    public string HeatingInLaishan { get; private set; } = string.Empty;
    public string HeatingInZhifuTownship { get; private set; } = string.Empty;
    public string WaterOutageUrgentNoArea { get; private set; } = string.Empty;
    public string ConstructionInChujia { get; private set; } = string.Empty;

    protected override async Task SeedAsync()
    {
        var heating = await CategoryIdAsync("utilities-heating");
        HeatingUrgentInHuanghai = await RegisterAsync(IntakeInputs.Register(heating, type: RequestType.HelpRequest, urgency: Urgency.Urgent,
            areaUnitId: await UnitIdAsync("laishan-huanghai")));
        HeatingInLaishan = await RegisterAsync(IntakeInputs.Register(heating, areaUnitId: await UnitIdAsync("laishan")));
        HeatingInZhifuTownship = await RegisterAsync(IntakeInputs.Register(heating, areaUnitId: await UnitIdAsync("zhifu-xiangyang")));
        WaterOutageUrgentNoArea = await RegisterAsync(IntakeInputs.Register(await CategoryIdAsync("utilities-water-outage"),
            IntakeInputs.WaterContent, urgency: Urgency.Urgent));
        ConstructionInChujia = await RegisterAsync(IntakeInputs.Register(await CategoryIdAsync("urban-illegal-construction"),
            "小区楼顶有人私搭乱建彩钢板房，已经施工三天了，请尽快查处。", areaUnitId: await UnitIdAsync("laishan-chujia")));
        var dispatched = await RegisterAsync(IntakeInputs.Register(heating, areaUnitId: await UnitIdAsync("laishan")));
        await DispatchAsync(dispatched, "heating");
    }
}
