using Hotline.Domain.Calls;
using Hotline.Domain.Notifications;
using Hotline.Domain.Performance;
using Hotline.Domain.Tickets;
using Hotline.Services.Common;
using Hotline.Services.Dashboards;
using Hotline.Services.Delegation;
using Hotline.Services.Tests.Decisions;
using Hotline.Services.Tests.Infrastructure;
using Hotline.Services.Tests.Workbench;
using Hotline.Services.Workbench;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Tests.Delegation;

/// <summary>下派 on PostgreSQL: a district delegates to its own sub-district, which works the ticket in its own workbench.</summary>
public sealed class DelegationServiceTests(DatabaseFixture app) : DatabaseTest<DatabaseFixture>(app), IClassFixture<DatabaseFixture>
{
    private const string District = "laishan";
    private const string Township = "laishan-huanghai";
    private const string Sibling = "laishan-chujia";

    private async Task<ServiceResult<string>> DelegateAsync(string number, string to, string by = District)
    {
        var viewer = await App.ViewerAsync($"liaison-{by}");
        var input = new DelegationInput { SubUnitId = await App.UnitIdAsync(to), Instruction = "请街道上门核实处理。", Version = await App.VersionAsync(number) };
        return await App.UseAsync<DelegationService, ServiceResult<string>>(s => s.DelegateAsync(number, input, viewer));
    }

    private async Task<string> DelegatedAsync()
    {
        var number = await App.GivenToAsync(District);
        await App.SignForAsync(number, $"liaison-{District}");
        (await DelegateAsync(number, Township)).Errors.ShouldBeEmpty();
        return number;
    }

    private DateOnly LocalToday() =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(App.Clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).DateTime);

    [Fact]
    public async Task A_delegation_saved_with_the_dispatch_it_works_stores_the_parent_s_id()
    {
        // Dispatched, signed for and delegated before one save: the parent assignment has no id until it is stored.
        var now = App.Clock.GetUtcNow();
        var district = await App.UnitIdAsync(District);
        var township = await App.UnitIdAsync(Township);
        var liaison = (await App.ViewerAsync($"liaison-{District}")).Actor;
        var details = new TicketDetails(RequestType.Complaint, Urgency.Normal, await App.CategoryIdAsync("environment-noise-social"), district,
            "莱山区黄海路街道海韵小区", "小区楼下烧烤摊每晚营业到凌晨两点。", IsConfidential: false);
        var number = TicketNumber.Format(DateOnly.FromDateTime(now.UtcDateTime), 90_001);
        var clocks = new AssignmentDeadlines(now.AddDays(1), now.AddDays(1), now.AddDays(5));
        await App.WriteAsync(async db =>
        {
            var ticket = Ticket.Register(number, new Caller("13912345678", "王女士", Channel.Phone), details, district, now.AddHours(4),
                (await App.ViewerAsync("agent")).Actor, now);
            ticket.Dispatch(new DispatchOrder(district, [], null, clocks), (await App.ViewerAsync("dispatcher")).Actor, now);
            ticket.SignFor(district, liaison, now);
            ticket.Delegate(district, township, [township], clocks, "请街道上门核实。", liaison, now);
            db.Tickets.Add(ticket);
        });

        var stored = await App.StoredAsync(number);
        var parent = stored.Assignments.Single(a => a.IsLead);
        parent.Id.ShouldBeGreaterThan(0);
        stored.Assignments.Single(a => a.IsDelegated).ParentAssignmentId.ShouldBe(parent.Id);
        (await App.WorkbenchTicketAsync(number, $"liaison-{Township}")).ShouldNotBeNull().DelegatedBy.ShouldNotBeNull();
    }

    [Fact]
    public async Task A_delegated_assignment_s_measures_count_for_the_sub_unit_by_its_own_clocks_and_for_the_parent_by_its_own()
    {
        // The class's tests share one database and month: what this one adds is counted from here.
        var period = Period.Containing(PeriodKind.Month, LocalToday());
        var townshipId = await App.UnitIdAsync(Township);
        var districtId = await App.UnitIdAsync(District);
        var supervisor = await App.ViewerAsync("supervisor");
        var receivedBefore = await App.UseAsync<DelegationService, DelegationCounts>(s => s.CountsAsync(townshipId, period));
        var givenBefore = await App.UseAsync<DelegationService, DelegationCounts>(s => s.CountsAsync(districtId, period));
        var districtBefore = (await App.UseAsync<UnitPerformanceService, UnitPerformance?>(s => s.GetAsync(districtId, period, supervisor))).ShouldNotBeNull();
        var number = await DelegatedAsync();
        var township = $"liaison-{Township}";
        App.Clock.Advance(TimeSpan.FromMinutes(10));
        await App.SignForAsync(number, township);
        await App.ContactAsync(number, township);
        App.Clock.Advance(TimeSpan.FromHours(1));
        var version = await App.VersionAsync(number);
        (await App.ActAsync(township, (s, v) => s.ResolveAsync(number, new ResolveInput
        {
            Result = WorkbenchSteps.Result,
            Outcome = ResolutionOutcome.Solved,
            Version = version,
        }, v))).Errors.ShouldBeEmpty();

        var ticket = await App.StoredAsync(number);
        ticket.Status.ShouldBe(TicketStatus.Resolved);
        var parent = ticket.Assignments.Single(a => a.IsLead);
        var sub = ticket.Assignments.Single(a => a.IsDelegated);
        sub.ParentAssignmentId.ShouldBe(parent.Id);
        sub.ResolveDueAt.ShouldBeLessThanOrEqualTo(parent.ResolveDueAt);
        parent.ResolvedAt.ShouldBe(sub.ResolvedAt);
        parent.FirstContactAt.ShouldBe(sub.FirstContactAt);

        var received = await App.UseAsync<DelegationService, DelegationCounts>(s => s.CountsAsync(townshipId, period));
        received.Received.ShouldBe(receivedBefore.Received + 1);
        received.SignedOnTime.ShouldBe(new Rate(receivedBefore.SignedOnTime.Numerator + 1, receivedBefore.SignedOnTime.Denominator + 1));
        received.ContactedOnTime.ShouldBe(new Rate(receivedBefore.ContactedOnTime.Numerator + 1, receivedBefore.ContactedOnTime.Denominator + 1));
        received.ResolvedOnTime.ShouldBe(new Rate(receivedBefore.ResolvedOnTime.Numerator + 1, receivedBefore.ResolvedOnTime.Denominator + 1));
        received.DelegatedOut.ShouldBe(0);
        var given = await App.UseAsync<DelegationService, DelegationCounts>(s => s.CountsAsync(districtId, period));
        (given.Received, given.DelegatedOut).ShouldBe((0, givenBefore.DelegatedOut + 1));
        var ranking = await App.UseAsync<RankingService, RankingReport>(s => s.RankAsync(period));
        var (ofDistrict, ofTownship) = (ranking.Rows.Single(r => r.UnitId == districtId).HandOffs!, ranking.Rows.Single(r => r.UnitId == townshipId).HandOffs!);
        (ofDistrict.DelegatedOut, ofDistrict.DelegatedIn, ofTownship.DelegatedOut, ofTownship.DelegatedIn)
            .ShouldBe((given.DelegatedOut, given.Received, received.DelegatedOut, received.Received), "the ranking counts delegations as the unit pages do");

        // The ranking rates the parent (it answers for the ticket), never the sub-unit's part a second time.
        var district = (await App.UseAsync<UnitPerformanceService, UnitPerformance?>(s => s.GetAsync(districtId, period, supervisor))).ShouldNotBeNull();
        (district.Row.Counts.Assigned - districtBefore.Row.Counts.Assigned, district.Row.Counts.SignedOnTime - districtBefore.Row.Counts.SignedOnTime,
            district.Row.Counts.ContactedOnTime - districtBefore.Row.Counts.ContactedOnTime).ShouldBe((1L, 1L, 1L));
        var sub2 = await App.UseAsync<UnitPerformanceService, UnitPerformance?>(s => s.GetAsync(townshipId, period, supervisor));
        sub2.ShouldNotBeNull().Row.Counts.Assigned.ShouldBe(0);
    }

    [Fact]
    public async Task The_sub_unit_is_told_and_works_it_in_its_own_workbench_and_the_parent_follows_it()
    {
        var number = await DelegatedAsync();

        var townshipLiaison = (await App.ViewerAsync($"liaison-{Township}")).Actor.UserId;
        (await App.ReadAsync(db => db.Notifications.AnyAsync(n => n.TicketNumber == number && n.Kind == NotificationKind.Delegated && n.UserId == townshipLiaison)))
            .ShouldBeTrue();
        var queue = await App.UseAsync<WorkbenchService, WorkbenchQueue>(async s =>
            await s.QueueAsync(await App.ViewerAsync($"liaison-{Township}"), new WorkbenchFilter { PageSize = 100 }));
        queue.Items.Items.Single(i => i.Number == number).Group.ShouldBe(WorkbenchGroup.ToSignFor);
        var seen = (await App.WorkbenchTicketAsync(number, $"liaison-{Township}")).ShouldNotBeNull();
        seen.CanSignFor.ShouldBeTrue();
        seen.DelegatedBy.ShouldNotBeNull();
        var parent = (await App.WorkbenchTicketAsync(number, $"liaison-{District}")).ShouldNotBeNull();
        parent.Delegations.ShouldHaveSingleItem().IsActive.ShouldBeTrue();
        parent.CanDelegate.ShouldBeFalse("one sub-unit at a time");
    }

    [Fact]
    public async Task Only_own_sub_units_may_be_chosen_and_a_sibling_never_sees_the_ticket()
    {
        var number = await App.GivenToAsync(District);
        await App.SignForAsync(number, $"liaison-{District}");

        (await DelegateAsync(number, "zhifu-xiangyang")).Errors.Single().Code.ShouldBe("Delegation.Error.NotOwnSubUnit");
        (await DelegateAsync(number, "water")).Errors.Single().Code.ShouldBe("Delegation.Error.NotOwnSubUnit");
        (await App.StoredAsync(number)).Assignments.ShouldHaveSingleItem();
        (await DelegateAsync(number, Township)).Errors.ShouldBeEmpty();

        (await App.WorkbenchTicketAsync(number, $"liaison-{Sibling}")).ShouldBeNull();
        (await DelegateAsync(number, Sibling, by: Township)).Errors.Single().Code.ShouldBe("Delegation.Error.NotOwnSubUnit");
    }
}
