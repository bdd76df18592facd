using Hotline.Domain.Tickets;
using Hotline.Services.Common;
using Hotline.Services.Intake;
using Hotline.Services.Tests.Infrastructure;
using Hotline.Services.Tickets;

namespace Hotline.Services.Tests.Tickets;

/// <summary>
/// Four known tickets, registered before the first test and only read by the tests:
/// three on local 2026-11-23 and one at 01:00 local on 11-24 (17:00 UTC on the 23rd).
/// </summary>
public sealed class TicketSearchFixture : DatabaseFixture
{
    public const string HeatingCaller = "13811110001";
    public const string LandlineCaller = "05356681234";

    /// <summary>11-23 10:00 local: heating complaint mentioning 供暖, dispatched to the heating company.</summary>
    public string Heating { get; private set; } = string.Empty;

    /// <summary>11-23 10:10 local: water outage help request from a landline, waiting for dispatch.</summary>
    public string Water { get; private set; } = string.Empty;

    /// <summary>11-23 23:00 local: noise complaint in a local category, suggested to the township.</summary>
    public string Noise { get; private set; } = string.Empty;

    /// <summary>11-24 01:00 local: consultation about 供暖费 answered directly by the heating caller.</summary>
    public string HeatingFee { get; private set; } = string.Empty;

    public IReadOnlyList<string> All => [Heating, Water, Noise, HeatingFee];

    public async Task<PagedList<TicketListItem>> SearchAsync(TicketFilter filter, string userName = "agent")
    {
        var viewer = await ViewerAsync(userName);
        return await UseAsync<TicketQueryService, PagedList<TicketListItem>>(s => s.SearchAsync(filter, viewer));
    }

    protected override async Task SeedAsync()
    {
        Heating = await RegisterAsync(IntakeInputs.Register(await CategoryIdAsync("utilities-heating"),
            "今年供暖开始以后家里暖气一直不热，室温只有十二度。", HeatingCaller));
        await DispatchAsync(Heating, "heating");

        Clock.Advance(TimeSpan.FromMinutes(10));
        Water = await RegisterAsync(IntakeInputs.Register(await CategoryIdAsync("utilities-water-outage"),
            IntakeInputs.WaterContent, "0535-6681234", RequestType.HelpRequest));

        Clock.SetUtcNow(new DateTimeOffset(2026, 11, 23, 15, 0, 0, TimeSpan.Zero));
        Noise = await RegisterAsync(IntakeInputs.Register(await CategoryIdAsync("environment-noise-social"),
            "楼下烧烤店深夜还在营业，噪声很大影响休息。", "13833330003", areaUnitId: await UnitIdAsync("laishan-huanghai")));

        Clock.SetUtcNow(new DateTimeOffset(2026, 11, 23, 17, 0, 0, TimeSpan.Zero));
        var answer = IntakeInputs.AnswerDirectly(await CategoryIdAsync("utilities-heating-fee"), null, "已告知缴费渠道。", HeatingCaller);
        answer.Content = "市民咨询供暖费的缴纳方式和报停手续。";
        var answered = await IntakeAsync(answer, IntakeAction.AnswerDirectly);
        HeatingFee = answered.Value!.TicketNumber!;
    }
}
