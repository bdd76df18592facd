using Hotline.Domain.Notifications;
using Hotline.Domain.Performance;
using Hotline.Domain.Tickets;
using Hotline.Services.Common;
using Hotline.Services.Dashboards;
using Hotline.Services.Objections;
using Hotline.Services.Tests.Decisions;
using Hotline.Services.Tests.Infrastructure;
using Hotline.Services.Tickets;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Tests.Objections;

/// <summary>派单异议 on PostgreSQL: raised by the unit, arbitrated by a dispatcher or supervisor, counted per unit and dispatcher.</summary>
public sealed class ObjectionServiceTests(DatabaseFixture app) : DatabaseTest<DatabaseFixture>(app), IClassFixture<DatabaseFixture>
{
    private const string Reason = "该地址属于物业自管小区，应由住建部门处理。";

    private async Task<ServiceResult<string>> RaiseAsync(string number, string unitCode = "heating", string suggested = "housing")
    {
        var liaison = await App.LiaisonAsync(unitCode);
        var input = new ObjectionInput { Reason = Reason, SuggestedUnitId = await App.UnitIdAsync(suggested), Version = await App.VersionAsync(number) };
        return await App.UseAsync<ObjectionService, ServiceResult<string>>(s => s.RaiseAsync(number, input, liaison));
    }

    private async Task<ServiceResult<string>> DecideAsync(string number, bool uphold, string? note, string unitCode = "housing",
        string user = "dispatcher", uint? version = null)
    {
        var actor = (await App.ViewerAsync(user)).Actor;
        var input = new ObjectionDecisionInput
        {
            Number = number,
            Note = note,
            Version = version ?? await App.VersionAsync(number),
            LeadUnitId = await App.UnitIdAsync(unitCode),
        };
        return await App.UseAsync<ObjectionService, ServiceResult<string>>(s => uphold ? s.UpholdAsync(input, actor) : s.RejectAsync(input, actor));
    }

    /// <summary>The heating unit's objections this month (the class's tests share one database).</summary>
    private async Task<ObjectionCounts> CountsAsync()
    {
        var heating = await App.UnitIdAsync("heating");
        return await App.UseAsync<ObjectionService, ObjectionCounts>(s => s.UnitCountsAsync(heating, Period.Containing(PeriodKind.Month, LocalToday())));
    }

    /// <summary>The ranking shows the heating unit's objections upheld and rejected as its unit page counts them.</summary>
    private async Task RankedAsUnitPageAsync(ObjectionCounts counts)
    {
        var heating = await App.UnitIdAsync("heating");
        var ranking = await App.UseAsync<RankingService, RankingReport>(s => s.RankAsync(Period.Containing(PeriodKind.Month, LocalToday())));
        var row = ranking.Rows.Single(r => r.UnitId == heating).HandOffs.ShouldNotBeNull();
        (row.ObjectionsUpheld, row.ObjectionsRejected).ShouldBe((counts.Upheld, counts.Rejected));
    }

    private async Task<string> IdOf(string user) => (await App.ViewerAsync(user)).Actor.UserId;

    private DateOnly LocalToday() =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(App.Clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).DateTime);

    private Task<List<Notification>> NotificationsAsync(string number) =>
        App.ReadAsync(db => db.Notifications.AsNoTracking().Where(n => n.TicketNumber == number).ToListAsync());

    [Fact]
    public async Task A_unit_s_objection_waits_for_the_dispatchers_and_supervisors_with_the_ticket_still_its_own()
    {
        var number = await App.DispatchedTicketAsync();

        (await RaiseAsync(number)).Errors.ShouldBeEmpty();

        var ticket = await App.StoredAsync(number);
        ticket.Status.ShouldBe(TicketStatus.Dispatched);
        var lead = ticket.Assignments.ShouldHaveSingleItem();
        lead.ObjectionStatus.ShouldBe(RequestStatus.Pending);
        lead.ObjectionSuggestedUnitId.ShouldBe(await App.UnitIdAsync("housing"));
        var pending = await App.UseAsync<ObjectionService, PagedList<PendingObjection>>(s => s.PendingAsync());
        pending.Items.Single(p => p.Number == number).Reason.ShouldBe(Reason);
        var told = await NotificationsAsync(number);
        var (dispatcher, supervisor) = (await IdOf("dispatcher"), await IdOf("supervisor"));
        told.ShouldContain(n => n.Kind == NotificationKind.ObjectionRaised && n.UserId == dispatcher);
        told.ShouldContain(n => n.Kind == NotificationKind.ObjectionRaised && n.UserId == supervisor);
    }

    [Fact]
    public async Task Another_unit_s_liaison_cannot_object_and_nothing_is_saved()
    {
        var number = await App.DispatchedTicketAsync();

        (await RaiseAsync(number, unitCode: "water")).Errors.Single().Code.ShouldBe(TicketActs.NotFound);

        (await App.StoredAsync(number)).Assignments.Single().ObjectionStatus.ShouldBeNull();
    }

    [Fact]
    public async Task An_upheld_objection_re_dispatches_with_fresh_clocks_and_is_counted_for_the_unit_and_against_the_dispatcher()
    {
        var number = await App.DispatchedTicketAsync();
        var dispatchedBy = (await App.StoredAsync(number)).Assignments.Single().DispatchedByUserId;
        var before = await CountsAsync();
        var monthStart = Period.Containing(PeriodKind.Month, LocalToday());
        var upheldBefore = (await App.UseAsync<ObjectionService, IReadOnlyList<DispatcherObjections>>(s => s.DispatchersAsync(monthStart)))
            .SingleOrDefault(d => d.UserId == dispatchedBy)?.Upheld ?? 0;
        (await RaiseAsync(number)).Errors.ShouldBeEmpty();
        App.Clock.Advance(TimeSpan.FromDays(2)); // well after the objecting unit's sign-for deadline

        (await DecideAsync(number, uphold: true, "确属误派，改派住建局。")).Errors.ShouldBeEmpty();

        var ticket = await App.StoredAsync(number);
        var housing = await App.UnitIdAsync("housing");
        ticket.Status.ShouldBe(TicketStatus.Dispatched);
        ticket.LeadUnitId.ShouldBe(housing);
        var next = ticket.Assignments.Single(a => a.IsActive);
        (next.UnitId, next.DispatchedAt).ShouldBe((housing, App.Clock.GetUtcNow()));
        next.SignForDueAt.ShouldBeGreaterThan(App.Clock.GetUtcNow());
        var objecting = ticket.Assignments.Single(a => !a.IsActive);
        objecting.ObjectionStatus.ShouldBe(RequestStatus.Approved);
        var told = await NotificationsAsync(number);
        var (housingLiaison, heatingLiaison) = (await IdOf("liaison-housing"), await IdOf("liaison-heating"));
        told.ShouldContain(n => n.Kind == NotificationKind.NewAssignment && n.UserId == housingLiaison);
        told.ShouldContain(n => n.Kind == NotificationKind.ObjectionDecided && n.Detail == nameof(RequestStatus.Approved)
            && n.UserId == heatingLiaison);

        // The misdispatched time is charged to nobody: the heating unit's holding ends "upheld" with no deadline missed.
        var holdings = await App.UseAsync<HoldingService, HoldingsView>(async s => await s.OfAsync(number, await App.ViewerAsync("supervisor")));
        var heldByHeating = holdings.Lead.Single(h => h.Holding.UnitId == objecting.UnitId).Holding;
        heldByHeating.End.ShouldBe(HoldingEnd.ObjectionUpheld);
        heldByHeating.Charged.ShouldBeFalse();
        heldByHeating.Deadlines.ShouldAllBe(d => d.Outcome == DeadlineOutcome.Ended);

        // Measures: the unit's objection upheld; its assignment out of its rates; the dispatcher's misdispatch.
        var period = Period.Containing(PeriodKind.Month, LocalToday());
        var counts = await CountsAsync();
        (counts.Raised - before.Raised, counts.Upheld - before.Upheld, counts.Rejected - before.Rejected).ShouldBe((1, 1, 0));
        await RankedAsUnitPageAsync(counts);
        var supervisor = await App.ViewerAsync("supervisor");
        foreach (var measure in new[] { Measure.Assigned, Measure.SignedLate })
        {
            var listed = await App.UseAsync<TicketQueryService, PagedList<TicketListItem>>(s => s.SearchAsync(
                new TicketFilter { Measure = measure, UnitId = objecting.UnitId, From = period.From, To = period.To, PageSize = 100 }, supervisor));
            listed.Items.Select(i => i.Number).ShouldNotContain(number, $"the misdispatched assignment is taken away, not {measure}");
        }
        var dispatchers = await App.UseAsync<ObjectionService, IReadOnlyList<DispatcherObjections>>(s => s.DispatchersAsync(period));
        var row = dispatchers.Single(d => d.UserId == dispatchedBy);
        row.Upheld.ShouldBe(upheldBefore + 1);
        row.Misdispatch.Denominator.ShouldBe(row.Dispatched);
    }

    [Fact]
    public async Task A_rejected_objection_needs_a_note_and_leaves_the_unit_s_clocks_as_they_were()
    {
        var number = await App.DispatchedTicketAsync();
        var counted = await CountsAsync();
        (await RaiseAsync(number)).Errors.ShouldBeEmpty();
        var before = (await App.StoredAsync(number)).Assignments.Single();
        App.Clock.Advance(TimeSpan.FromHours(3));

        (await DecideAsync(number, uphold: false, "  ")).Errors.Single().Code.ShouldBe("Decision.Error.NoteRequired");
        (await App.StoredAsync(number)).Assignments.Single().ObjectionStatus.ShouldBe(RequestStatus.Pending);
        (await DecideAsync(number, uphold: false, "经核实属热力公司管网，请签收办理。", user: "supervisor")).Errors.ShouldBeEmpty();

        var lead = (await App.StoredAsync(number)).Assignments.ShouldHaveSingleItem();
        lead.IsActive.ShouldBeTrue();
        lead.ObjectionStatus.ShouldBe(RequestStatus.Rejected);
        (lead.SignForDueAt, lead.FirstContactDueAt, lead.ResolveDueAt).ShouldBe((before.SignForDueAt, before.FirstContactDueAt, before.ResolveDueAt));
        (await NotificationsAsync(number)).ShouldContain(n => n.Kind == NotificationKind.ObjectionDecided && n.Detail == nameof(RequestStatus.Rejected));
        var counts = await CountsAsync();
        (counts.Raised - counted.Raised, counts.Upheld - counted.Upheld, counts.Rejected - counted.Rejected).ShouldBe((1, 0, 1));
        await RankedAsUnitPageAsync(counts);
    }

    [Fact]
    public async Task Two_arbiters_at_once_one_wins_and_the_other_is_told_it_changed()
    {
        var number = await App.DispatchedTicketAsync();
        (await RaiseAsync(number)).Errors.ShouldBeEmpty();
        var seen = await App.VersionAsync(number);

        var results = await Task.WhenAll(
            DecideAsync(number, uphold: true, "改派住建局。", version: seen),
            DecideAsync(number, uphold: false, "属于贵单位。", user: "supervisor", version: seen));

        results.Count(r => r.Succeeded).ShouldBe(1);
        results.Single(r => !r.Succeeded).Errors.Single().Code.ShouldBe(ServiceError.Concurrency);
        var ticket = await App.StoredAsync(number);
        ticket.Events.Count(e => e.Action is TicketAction.UpholdObjection or TicketAction.RejectObjection).ShouldBe(1);
    }
}
