using Hotline.Domain.Performance;
using Hotline.Domain.Tickets;
using Hotline.Services.Common;
using Hotline.Services.Dashboards;
using Hotline.Services.Data;
using Hotline.Services.Deadlines;
using Hotline.Services.Objections;
using Hotline.Services.Tests.Decisions;
using Hotline.Services.Tests.Dispatch;
using Hotline.Services.Tests.FollowUp;
using Hotline.Services.Tests.Infrastructure;
using Hotline.Services.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Services.Tests.Tickets;

/// <summary>
/// Per unit and month, time held and the share lost to misdispatch (issue 18 §1), on real PostgreSQL: the stored holdings
/// the measures sum are the timeline's own for every ticket, and follow each new event after a fold.
/// </summary>
public sealed class HeldTimeTests(DatabaseFixture app) : DatabaseTest<DatabaseFixture>(app), IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Every_tickets_stored_holdings_are_its_timeline_after_a_fold_and_again_after_its_next_event()
    {
        var number = await App.RegisterAsync(IntakeInputs.Register(await App.CategoryIdAsync("utilities-heating"), phone: "13905351811"));
        App.Clock.Advance(TimeSpan.FromMinutes(9));
        (await App.TryDispatchAsync(number, await App.FormAsync(number, "heating"))).Errors.ShouldBeEmpty();
        (await FoldAsync()).ShouldBe(1, "one ticket had new events");
        (await StoredAsync(number)).Select(h => (h.Kind, h.End)).ShouldBe([(HolderKind.Dispatch, HoldingEnd.Dispatched), (HolderKind.Unit, HoldingEnd.Running)]);

        App.Clock.Advance(TimeSpan.FromHours(2));
        await App.WorkRoundAsync(number);
        (await StoredAsync(number)).Last().End.ShouldBe(HoldingEnd.Running, "unchanged until the next fold");
        await FoldAsync();
        await StoredHoldingsAreTheTimelinesAsync();
        (await StoredAsync(number)).Select(h => (h.Kind, h.End)).ShouldBe(
            [(HolderKind.Dispatch, HoldingEnd.Dispatched), (HolderKind.Unit, HoldingEnd.Resolved), (HolderKind.Callback, HoldingEnd.Running)]);
    }

    [Fact]
    public async Task A_units_month_shows_its_average_time_held_and_the_share_lost_to_tickets_it_gave_back()
    {
        await FoldAsync();
        var month = Period.Containing(PeriodKind.Month, DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(App.Clock.GetUtcNow(),
            TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).DateTime));
        var (waterBefore, heatingBefore) = (await HeldAsync("water", month), await HeldAsync("heating", month));

        // Misdispatched to water for 40 minutes, then heating works it for 3 hours; a second ticket heating resolves in 1 hour.
        var first = await App.RegisterAsync(IntakeInputs.Register(await App.CategoryIdAsync("utilities-heating"), phone: "13905351812"));
        (await App.TryDispatchAsync(first, await App.FormAsync(first, "water"))).Errors.ShouldBeEmpty();
        App.Clock.Advance(TimeSpan.FromMinutes(40));
        await App.RequestReturnAsync(first, "water");
        (await App.ApproveReturnAsync(first, "改派热力公司")).Errors.ShouldBeEmpty();
        (await App.TryDispatchAsync(first, await App.FormAsync(first, "heating"))).Errors.ShouldBeEmpty();
        App.Clock.Advance(TimeSpan.FromHours(3));
        await App.WorkRoundAsync(first);
        var second = await App.RegisterAsync(IntakeInputs.Register(await App.CategoryIdAsync("utilities-heating"), phone: "13905351813"));
        (await App.TryDispatchAsync(second, await App.FormAsync(second, "heating"))).Errors.ShouldBeEmpty();
        App.Clock.Advance(TimeSpan.FromHours(1));
        await App.WorkRoundAsync(second);
        // Still held by heating: counts in no month yet.
        var third = await App.RegisterAsync(IntakeInputs.Register(await App.CategoryIdAsync("utilities-heating"), phone: "13905351814"));
        (await App.TryDispatchAsync(third, await App.FormAsync(third, "heating"))).Errors.ShouldBeEmpty();
        await FoldAsync();

        var water = await HeldAsync("water", month);
        (water.Holdings - waterBefore.Holdings, water.Misdispatched - waterBefore.Misdispatched).ShouldBe((1, 1));
        (water.Natural - waterBefore.Natural).ShouldBe(TimeSpan.FromMinutes(40));
        (water.MisdispatchedNatural - waterBefore.MisdispatchedNatural).ShouldBe(TimeSpan.FromMinutes(40));
        var heating = await HeldAsync("heating", month);
        (heating.Holdings - heatingBefore.Holdings, heating.Misdispatched - heatingBefore.Misdispatched).ShouldBe((2, 0));
        (heating.Natural - heatingBefore.Natural).ShouldBe(TimeSpan.FromHours(4), "the 40 minutes at water are not heating's");
        heating.Working.ShouldBeLessThanOrEqualTo(heating.Natural);

        if (waterBefore.Holdings == 0)
        {
            water.LostToMisdispatch.ShouldBe(1);
            water.AverageNatural.ShouldBe(TimeSpan.FromMinutes(40));
        }

        var (heatingId, waterLiaison) = (await App.UnitIdAsync("heating"), await App.ViewerAsync("liaison-water"));
        (await App.UseAsync<HeldTimeService, IReadOnlyList<HeldTime>?>(s => s.MonthsAsync(heatingId, [month], waterLiaison)))
            .ShouldBeNull("another unit's liaison sees nothing");
    }

    [Fact]
    public async Task A_dispatch_objection_upheld_counts_as_time_lost_to_misdispatch_for_the_objecting_unit()
    {
        await FoldAsync();
        var month = Period.Containing(PeriodKind.Month, DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(App.Clock.GetUtcNow(),
            TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).DateTime));
        var before = await HeldAsync("heating", month);
        var number = await App.DispatchedTicketAsync("heating");
        App.Clock.Advance(TimeSpan.FromMinutes(25));
        var objection = new ObjectionInput { Reason = "该地址属于物业自管小区，应由住建部门处理。", SuggestedUnitId = await App.UnitIdAsync("housing"), Version = await App.VersionAsync(number) };
        var liaison = await App.LiaisonAsync("heating");
        (await App.UseAsync<ObjectionService, ServiceResult<string>>(s => s.RaiseAsync(number, objection, liaison))).Errors.ShouldBeEmpty();
        App.Clock.Advance(TimeSpan.FromMinutes(35));
        var decision = new ObjectionDecisionInput { Number = number, Note = "确属误派，改派住建局。", Version = await App.VersionAsync(number), LeadUnitId = await App.UnitIdAsync("housing") };
        var dispatcher = (await App.ViewerAsync("dispatcher")).Actor;
        (await App.UseAsync<ObjectionService, ServiceResult<string>>(s => s.UpholdAsync(decision, dispatcher))).Errors.ShouldBeEmpty();
        await FoldAsync();

        var heating = await HeldAsync("heating", month);

        (heating.Holdings - before.Holdings, heating.Misdispatched - before.Misdispatched).ShouldBe((1, 1));
        (heating.MisdispatchedNatural - before.MisdispatchedNatural).ShouldBe(TimeSpan.FromHours(1));
        HeldTime.MisdispatchEnds.ShouldBe([HoldingEnd.Returned, HoldingEnd.ObjectionUpheld]);
    }

    [Fact]
    public void Held_time_averages_and_the_share_lost_are_empty_without_holdings()
    {
        HeldTime.None.AverageNatural.ShouldBeNull();
        HeldTime.None.LostToMisdispatch.ShouldBeNull();
        var held = new HeldTime(4, TimeSpan.FromHours(10), TimeSpan.FromHours(6), 1, TimeSpan.FromHours(2.5));
        (held.AverageNatural, held.AverageWorking, held.LostToMisdispatch).ShouldBe((TimeSpan.FromHours(2.5), TimeSpan.FromHours(1.5), 0.25));
    }

    private async Task<int> FoldAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        return await HoldingFold.FoldAllAsync(services.GetRequiredService<HotlineDbContext>(), services.GetRequiredService<DeadlineService>(),
            App.Clock.GetUtcNow());
    }

    private async Task<HeldTime> HeldAsync(string unit, Period month)
    {
        var unitId = await App.UnitIdAsync(unit);
        var viewer = await App.ViewerAsync("supervisor");
        var held = await App.UseAsync<HeldTimeService, IReadOnlyList<HeldTime>?>(s => s.MonthsAsync(unitId, [month], viewer));
        return held.ShouldNotBeNull().Single();
    }

    private Task<List<HoldingRow>> StoredAsync(string number) => App.ReadAsync(db =>
        db.Holdings.Where(h => db.Tickets.Any(t => t.Id == h.TicketId && t.Number == number)).OrderBy(h => h.Seq).ToListAsync());

    /// <summary>Every ticket's stored rows against <see cref="HoldingTimeline.Of"/> of the ticket read afresh.</summary>
    private async Task StoredHoldingsAreTheTimelinesAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<HotlineDbContext>();
        var calendar = await services.GetRequiredService<DeadlineService>().LoadCalendarAsync();
        var now = App.Clock.GetUtcNow();
        var tickets = await db.Tickets.AsNoTracking().Include(t => t.Events).Include(t => t.Assignments).AsSplitQuery().ToListAsync();
        tickets.Count.ShouldBePositive();
        var stored = (await db.Holdings.AsNoTracking().ToListAsync()).ToLookup(h => h.TicketId);
        (await db.Database.SqlQuery<long>($"SELECT count(*) AS \"Value\" FROM holding_queue").SingleAsync()).ShouldBe(0);
        foreach (var ticket in tickets)
        {
            var expected = HoldingFold.RowsOf(ticket, calendar, now)
                .Select(h => (h.Seq, h.Round, h.Kind, h.UnitId, h.IsLead, h.FromAt, h.ToAt, h.End, h.Natural, h.Working)).ToList();
            stored[ticket.Id].OrderBy(h => h.Seq)
                .Select(h => (h.Seq, h.Round, h.Kind, h.UnitId, h.IsLead, h.FromAt, h.ToAt, h.End, h.Natural, h.Working))
                .ShouldBe(expected, $"ticket {ticket.Number}");
        }
    }
}
