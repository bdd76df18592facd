using Hotline.Domain.Performance;
using Hotline.Domain.Tickets;
using Hotline.Services.Common;
using Hotline.Services.Dashboards;
using Hotline.Services.Delegation;
using Hotline.Services.Tests.Infrastructure;
using Hotline.Services.Tests.Review;
using Hotline.Services.Tests.Workbench;
using Hotline.Services.Workbench;

namespace Hotline.Services.Tests.Delegation;

/// <summary>
/// 下派 in the measures on PostgreSQL (ADR 0029, "measures count both, each once"): the parent is rated in the ranking by
/// its own deadlines, with every reply sent back from review; the sub-unit's page counts every part it received, rates
/// only the parts it kept, and counts its own replies sent back.
/// </summary>
public sealed class DelegationMeasuresTests(DatabaseFixture app) : DatabaseTest<DatabaseFixture>(app), IClassFixture<DatabaseFixture>
{
    private const string District = "laishan";
    private const string Township = "laishan-huanghai";

    [Fact]
    public async Task A_part_taken_back_is_received_but_not_rated_and_a_sub_unit_s_reply_sent_back_counts_for_both()
    {
        await App.ReviewPolicyOnAsync();
        var period = Period.Containing(PeriodKind.Month, LocalToday());
        var (districtId, townshipId) = (await App.UnitIdAsync(District), await App.UnitIdAsync(Township));
        var sub = await CountsAsync(townshipId, period);
        var parent = await CountsAsync(districtId, period);
        var ranked = await RankedAsync(districtId, period);

        // The district takes one part back: it replies itself before the township has.
        var takenBack = await DelegatedAsync();
        await App.SignForAsync(takenBack, $"liaison-{Township}");
        App.Clock.Advance(TimeSpan.FromMinutes(30));
        (await ResolveAsync(takenBack, $"liaison-{District}", "区里已直接联系施工单位整改，并电话答复市民，市民表示认可。")).Errors.ShouldBeEmpty();

        // The township replies to the other; the reviewer sends the reply back once, then passes the second.
        var kept = await DelegatedAsync();
        App.Clock.Advance(TimeSpan.FromMinutes(10));
        await App.SignForAsync(kept, $"liaison-{Township}");
        await App.ContactAsync(kept, $"liaison-{Township}");
        App.Clock.Advance(TimeSpan.FromHours(1));
        (await ResolveAsync(kept, $"liaison-{Township}", $"街道已上门核实处理（{kept}）。")).Errors.ShouldBeEmpty();
        (await App.SendBackAsync(kept, "未写明处理结果。")).Errors.ShouldBeEmpty();
        App.Clock.Advance(TimeSpan.FromMinutes(30));
        (await ResolveAsync(kept, $"liaison-{Township}", $"街道已上门更换阀门，市民确认暖气已热（{kept}）。")).Errors.ShouldBeEmpty();
        (await App.PassAsync(kept, "答复完整。")).Errors.ShouldBeEmpty();

        var stored = await App.StoredAsync(takenBack);
        stored.Assignments.Single(a => a.IsDelegated).ShouldSatisfyAllConditions(a => a.IsActive.ShouldBeFalse(), a => a.ResolvedAt.ShouldBeNull());

        // The township: both parts received, one taken back out of its rates, the kept one rated by its own clocks.
        var township = await CountsAsync(townshipId, period);
        (township.Received - sub.Received, township.TakenBack - sub.TakenBack, township.ReviewReturns - sub.ReviewReturns).ShouldBe((2, 1, 1));
        Delta(township.SignedOnTime, sub.SignedOnTime).ShouldBe(new Rate(1, 1));
        Delta(township.ContactedOnTime, sub.ContactedOnTime).ShouldBe(new Rate(1, 1));
        Delta(township.ResolvedOnTime, sub.ResolvedOnTime).ShouldBe(new Rate(1, 1));

        // The district: it gave both, is rated on both by its own deadlines, and the send-back counts in its ranked figures.
        var district = await CountsAsync(districtId, period);
        (district.DelegatedOut - parent.DelegatedOut, district.Received - parent.Received).ShouldBe((2, 0));
        var rankedAfter = await RankedAsync(districtId, period);
        (rankedAfter.Assigned - ranked.Assigned, rankedAfter.SignedOnTime - ranked.SignedOnTime, rankedAfter.ReviewReturns - ranked.ReviewReturns)
            .ShouldBe((2L, 2L, 1L));
        (await RankedAsync(townshipId, period)).Assigned.ShouldBe(0, "the sub-unit's parts are never rated a second time in the ranking");
    }

    private async Task<string> DelegatedAsync()
    {
        var number = await App.GivenToAsync(District);
        await App.SignForAsync(number, $"liaison-{District}");
        var input = new DelegationInput { SubUnitId = await App.UnitIdAsync(Township), Instruction = "请街道上门核实处理。", Version = await App.VersionAsync(number) };
        var viewer = await App.ViewerAsync($"liaison-{District}");
        (await App.UseAsync<DelegationService, ServiceResult<string>>(s => s.DelegateAsync(number, input, viewer))).Errors.ShouldBeEmpty();
        return number;
    }

    private async Task<ServiceResult<string>> ResolveAsync(string number, string liaison, string result)
    {
        var version = await App.VersionAsync(number);
        return await App.ActAsync(liaison, (s, v) => s.ResolveAsync(number,
            new ResolveInput { Result = result, Outcome = ResolutionOutcome.Solved, Version = version }, v));
    }

    private Task<DelegationCounts> CountsAsync(int unitId, Period period) =>
        App.UseAsync<DelegationService, DelegationCounts>(s => s.CountsAsync(unitId, period));

    private async Task<UnitCounts> RankedAsync(int unitId, Period period) =>
        (await App.UseAsync<UnitMeasuresService, IReadOnlyDictionary<int, UnitCounts>>(m => m.CountAsync(period, unitId)))
            .GetValueOrDefault(unitId) ?? UnitCounts.None(unitId);

    private static Rate Delta(Rate after, Rate before) => new(after.Numerator - before.Numerator, after.Denominator - before.Denominator);

    private DateOnly LocalToday() =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(App.Clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).DateTime);
}
