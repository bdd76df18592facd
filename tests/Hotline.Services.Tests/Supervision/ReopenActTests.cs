using Hotline.Domain.Notifications;
using Hotline.Domain.Tickets;
using Hotline.Services.Deadlines;
using Hotline.Services.Supervision;
using Hotline.Services.Tests.Infrastructure;
using Hotline.Services.Tests.Workbench;

namespace Hotline.Services.Tests.Supervision;

public sealed class ReopenActTests(DatabaseFixture app) : DatabaseTest<DatabaseFixture>(app), IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task A_resolved_ticket_reopened_by_a_supervisor_is_round_2_at_the_same_unit_with_the_policy_s_fresh_clocks()
    {
        var number = await App.ResolvedAsync();
        App.Clock.Advance(TimeSpan.FromHours(3));
        var now = App.Clock.GetUtcNow();

        var result = await App.ReopenAsync(number, "heating");

        result.Errors.ShouldBeEmpty();
        var ticket = await App.StoredTicketAsync(number);
        (ticket.Status, ticket.Round, ticket.ReopenCount).ShouldBe((TicketStatus.Dispatched, 2, 1));
        var rounds = ticket.Assignments.OrderBy(a => a.Round).ToList();
        rounds.Count.ShouldBe(2);
        (rounds[0].Round, rounds[0].IsActive).ShouldBe((1, false));
        rounds[0].ResolvedAt.ShouldNotBeNull();
        var fresh = await App.UseAsync<DeadlineService, AssignmentDeadlines>(s => s.AssignmentDeadlinesAsync(RequestType.Complaint, Urgency.Normal, now));
        (rounds[1].Round, rounds[1].IsActive, rounds[1].UnitId, rounds[1].DispatchedAt).ShouldBe((2, true, await App.UnitIdAsync("heating"), now));
        (rounds[1].SignForDueAt, rounds[1].FirstContactDueAt, rounds[1].ResolveDueAt).ShouldBe((fresh.SignForDueAt, fresh.FirstContactDueAt, fresh.ResolveDueAt));
        var reopened = ticket.Events.OrderBy(e => e.Id).Last();
        (reopened.Action, reopened.Round, reopened.Note).ShouldBe((TicketAction.Reopen, 2, SupervisionSteps.ReopenReason));
        ticket.Events.Single(e => e.Action == TicketAction.Resolve).Round.ShouldBe(1);
        (await App.NotifiedAsync(number, NotificationKind.NewAssignment)).ShouldBe(["liaison-heating", "liaison-heating"]);
    }

    [Fact]
    public async Task A_closed_ticket_within_the_window_goes_to_another_unit_chosen_by_the_supervisor_with_an_assisting_unit()
    {
        var number = await App.ResolvedAsync();
        await App.CallBackAsync(number, Satisfaction.Dissatisfied, "还是不热");
        App.Clock.Advance(TimeSpan.FromDays(29));

        var result = await App.ReopenAsync(number, "laishan", assisting: ["heating"]);

        result.Errors.ShouldBeEmpty();
        var ticket = await App.StoredTicketAsync(number);
        (ticket.Status, ticket.Round, ticket.ClosedAt).ShouldBe((TicketStatus.Dispatched, 2, null));
        ticket.LeadUnitId.ShouldBe(await App.UnitIdAsync("laishan"));
        var active = ticket.Assignments.Where(a => a.IsActive).OrderBy(a => a.Role).Select(a => (a.UnitId, a.Role, a.Round)).ToList();
        active.ShouldBe([(await App.UnitIdAsync("laishan"), AssignmentRole.Lead, 2), (await App.UnitIdAsync("heating"), AssignmentRole.Assisting, 2)]);
        ticket.Callbacks.ShouldHaveSingleItem().Round.ShouldBe(1);
        (await App.NotifiedAsync(number, NotificationKind.NewAssignment)).ShouldBe(["liaison-heating", "liaison-heating", "liaison-laishan"]);
    }

    [Fact]
    public async Task A_ticket_closed_longer_than_the_window_is_refused_and_stays_closed()
    {
        var number = await App.ResolvedAsync();
        await App.CallBackAsync(number, Satisfaction.Satisfied);
        App.Clock.Advance(TimeSpan.FromDays(30) + TimeSpan.FromMinutes(1));

        var result = await App.ReopenAsync(number, "heating");

        result.Errors.ShouldHaveSingleItem().Code.ShouldBe("FollowUp.Error.ReopenWindowPassed");
        var ticket = await App.StoredTicketAsync(number);
        (ticket.Status, ticket.Round).ShouldBe((TicketStatus.Closed, 1));
        ticket.Assignments.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Each_reopen_numbers_the_next_round_and_keeps_every_earlier_one()
    {
        var number = await App.ResolvedAsync();
        (await App.ReopenAsync(number, "heating")).Errors.ShouldBeEmpty();
        await App.ResolveRoundAsync(number);

        (await App.ReopenAsync(number, "water", reason: "第二轮仍未解决，改由自来水公司核查管网。")).Errors.ShouldBeEmpty();

        var ticket = await App.StoredTicketAsync(number);
        (ticket.Round, ticket.ReopenCount).ShouldBe((3, 2));
        ticket.Assignments.OrderBy(a => a.Round).Select(a => (a.Round, a.IsActive)).ShouldBe([(1, false), (2, false), (3, true)]);
        ticket.Events.Where(e => e.Action == TicketAction.Reopen).OrderBy(e => e.Id).Select(e => e.Round).ShouldBe([2, 3]);
        ticket.Events.Where(e => e.Action == TicketAction.Resolve).OrderBy(e => e.Id).Select(e => e.Round).ShouldBe([1, 2]);
    }

    [Fact]
    public async Task A_ticket_still_at_its_unit_cannot_be_reopened()
    {
        var number = await App.ResolvedAsync();
        (await App.ReopenAsync(number, "heating")).Errors.ShouldBeEmpty();

        var again = await App.ReopenAsync(number, "heating");

        again.Errors.ShouldHaveSingleItem().Code.ShouldBe("Ticket.Error.TransitionNotAllowed");
        (await App.StoredTicketAsync(number)).Round.ShouldBe(2);
    }

    [Fact]
    public async Task Without_a_reason_or_a_unit_nothing_is_reopened()
    {
        var number = await App.ResolvedAsync();
        var version = await App.VersionAsync(number);

        var result = await App.AsSupervisorAsync((s, actor) => s.ReopenAsync(number, new ReopenInput { Reason = " ", Version = version }, actor));

        result.Errors.Select(e => e.Field).ShouldBe([nameof(ReopenInput.Reason), nameof(ReopenInput.LeadUnitId)], ignoreOrder: true);
        (await App.StoredTicketAsync(number)).Status.ShouldBe(TicketStatus.Resolved);
    }

    [Fact]
    public async Task The_lead_unit_cannot_also_be_an_assisting_unit()
    {
        var number = await App.ResolvedAsync();

        var result = await App.ReopenAsync(number, "heating", assisting: ["heating"]);

        result.Errors.ShouldHaveSingleItem().ShouldBe(new Common.ServiceError(nameof(ReopenInput.AssistingUnitIds), "Dispatch.Error.LeadAlsoAssisting"));
    }
}
