using Hotline.Domain.Performance;
using Hotline.Services.Common;
using Hotline.Services.Dashboards;
using Hotline.Services.Delegation;
using Hotline.Services.Objections;
using Hotline.Services.Tests.Decisions;
using Hotline.Services.Tests.Infrastructure;
using Hotline.Services.Tests.Workbench;

namespace Hotline.Services.Tests.Dashboards;

/// <summary>
/// The twelve-month trend on PostgreSQL shows each month's dispatch objections and delegations as the month's own unit
/// page counts them (ObjectionService.UnitCountsAsync, DelegationService.CountsAsync), by the local month: a fact just
/// after local midnight on the 1st (still the previous month in UTC) counts in the new month.
/// </summary>
public sealed class TrendHandOffTests(DatabaseFixture app) : DatabaseTest<DatabaseFixture>(app), IClassFixture<DatabaseFixture>
{
    private const string District = "laishan";
    private const string Township = "laishan-huanghai";
    private static readonly Period December = Period.Containing(PeriodKind.Month, new DateOnly(2026, 12, 1));
    private static readonly Period November = Period.Containing(PeriodKind.Month, new DateOnly(2026, 11, 1));

    [Fact]
    public async Task Each_month_of_the_trend_holds_the_month_page_s_objections_and_delegations()
    {
        // November, on a working morning: one objection upheld, one delegation.
        var upheld = await App.DispatchedTicketAsync();
        await RaiseAsync(upheld);
        await DecideAsync(upheld, uphold: true);
        await DelegatedAsync();

        // 30 November 23:50 local: an objection raised, rejected after midnight; it counts on the day it was raised.
        App.Clock.AdjustTime(Local(11, 30, 23, 50));
        var rejected = await App.DispatchedTicketAsync();
        await RaiseAsync(rejected);
        App.Clock.AdjustTime(Local(12, 1, 0, 5));
        await DecideAsync(rejected, uphold: false);

        // 1 December 00:10 local (still 30 November in UTC): an objection left waiting and a delegation.
        App.Clock.AdjustTime(Local(12, 1, 0, 10));
        await RaiseAsync(await App.DispatchedTicketAsync());
        await DelegatedAsync();

        var (heating, district, township) = (await App.UnitIdAsync("heating"), await App.UnitIdAsync(District), await App.UnitIdAsync(Township));
        var heatingTrend = await TrendAsync(heating);
        var districtTrend = await TrendAsync(district);
        var townshipTrend = await TrendAsync(township);

        heatingTrend.Select(p => p.Month).ShouldBe(December.MonthsEndingHere(UnitTrendService.Months));
        for (var i = 0; i < UnitTrendService.Months; i++)
        {
            var month = heatingTrend[i].Month;
            heatingTrend[i].Objections.ShouldBe(await ObjectionsAsync(heating, month), month.Code);
            var given = await DelegationsAsync(district, month);
            (districtTrend[i].DelegatedOut, districtTrend[i].DelegatedIn).ShouldBe((given.DelegatedOut, given.Received), month.Code);
            var received = await DelegationsAsync(township, month);
            (townshipTrend[i].DelegatedOut, townshipTrend[i].DelegatedIn).ShouldBe((received.DelegatedOut, received.Received), month.Code);
        }

        // And the month pages count what happened above, each fact in its local month.
        var byCode = heatingTrend.ToDictionary(p => p.Month.Code);
        byCode[November.Code].Objections.ShouldBe(new ObjectionCounts(2, 1, 1));
        byCode[December.Code].Objections.ShouldBe(new ObjectionCounts(1, 0, 0));
        districtTrend.Where(p => p.Month == November || p.Month == December).Select(p => (p.DelegatedOut, p.DelegatedIn)).ShouldBe([(1, 0), (1, 0)]);
        townshipTrend.Where(p => p.Month == November || p.Month == December).Select(p => (p.DelegatedOut, p.DelegatedIn)).ShouldBe([(0, 1), (0, 1)]);
        heatingTrend.Where(p => p.Month != November && p.Month != December).ShouldAllBe(p => p.Objections == ObjectionCounts.None);
    }

    [Fact]
    public async Task A_liaison_gets_no_trend_of_another_unit()
    {
        var viewer = await App.ViewerAsync($"liaison-{Township}");

        var trend = await App.UseAsync<UnitTrendService, IReadOnlyList<TrendPoint>?>(async s => await s.TrendAsync(await App.UnitIdAsync(District), December, viewer));

        trend.ShouldBeNull();
    }

    private static DateTimeOffset Local(int month, int day, int hour, int minute) =>
        new DateTimeOffset(2026, month, day, hour, minute, 0, TimeSpan.FromHours(8)).ToUniversalTime();

    private async Task<IReadOnlyList<TrendPoint>> TrendAsync(int unitId)
    {
        var viewer = await App.ViewerAsync("supervisor");
        return (await App.UseAsync<UnitTrendService, IReadOnlyList<TrendPoint>?>(s => s.TrendAsync(unitId, December, viewer))).ShouldNotBeNull();
    }

    private Task<ObjectionCounts> ObjectionsAsync(int unitId, Period month) =>
        App.UseAsync<ObjectionService, ObjectionCounts>(s => s.UnitCountsAsync(unitId, month));

    private Task<DelegationCounts> DelegationsAsync(int unitId, Period month) =>
        App.UseAsync<DelegationService, DelegationCounts>(s => s.CountsAsync(unitId, month));

    private async Task RaiseAsync(string number)
    {
        var liaison = await App.LiaisonAsync("heating");
        var input = new ObjectionInput
        {
            Reason = "该地址属于物业自管小区，应由住建部门处理。",
            SuggestedUnitId = await App.UnitIdAsync("housing"),
            Version = await App.VersionAsync(number),
        };
        (await App.UseAsync<ObjectionService, ServiceResult<string>>(s => s.RaiseAsync(number, input, liaison))).Errors.ShouldBeEmpty();
    }

    private async Task DecideAsync(string number, bool uphold)
    {
        var actor = (await App.ViewerAsync("dispatcher")).Actor;
        var input = new ObjectionDecisionInput
        {
            Number = number,
            Note = uphold ? "确属误派，改派住建局。" : "经核实属于热力公司管网，请继续办理。",
            Version = await App.VersionAsync(number),
            LeadUnitId = await App.UnitIdAsync("housing"),
        };
        (await App.UseAsync<ObjectionService, ServiceResult<string>>(s => uphold ? s.UpholdAsync(input, actor) : s.RejectAsync(input, actor)))
            .Errors.ShouldBeEmpty();
    }

    private async Task DelegatedAsync()
    {
        var number = await App.GivenToAsync(District);
        await App.SignForAsync(number, $"liaison-{District}");
        var viewer = await App.ViewerAsync($"liaison-{District}");
        var input = new DelegationInput { SubUnitId = await App.UnitIdAsync(Township), Instruction = "请街道上门核实处理。", Version = await App.VersionAsync(number) };
        (await App.UseAsync<DelegationService, ServiceResult<string>>(s => s.DelegateAsync(number, input, viewer))).Errors.ShouldBeEmpty();
    }
}
