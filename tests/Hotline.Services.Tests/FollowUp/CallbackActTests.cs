using Hotline.Domain.Notifications;
using Hotline.Domain.Tickets;
using Hotline.Services.Deadlines;
using Hotline.Services.FollowUp;
using Hotline.Services.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Tests.FollowUp;

/// <summary>Each callback act through the service, and what is stored: the callback row's facts and the ticket's state.</summary>
public sealed class CallbackActTests(DatabaseFixture app) : DatabaseTest<DatabaseFixture>(app), IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task A_satisfied_callback_closes_the_ticket_and_stores_the_round_the_unit_and_the_verdict()
    {
        var number = await App.ResolvedAsync();
        App.Clock.Advance(TimeSpan.FromHours(20));

        var recorded = await App.CalledBackAsync(number, FollowUpSteps.Satisfied(Satisfaction.BasicallySatisfied, solved: true));

        recorded.Outcome.ShouldBe(CallbackOutcome.Closed);
        var ticket = await App.StoredAsync(number);
        (ticket.Status, ticket.ClosureReason, ticket.AwaitingCallback, ticket.ClosedAt)
            .ShouldBe((TicketStatus.Closed, (ClosureReason?)ClosureReason.Satisfied, false, (DateTimeOffset?)App.Clock.GetUtcNow()));
        var row = ticket.Callbacks.ShouldHaveSingleItem();
        (row.Round, row.UnitId, row.Reached, row.Satisfaction, row.Solved, row.CitizenWords, row.IsSample)
            .ShouldBe((1, (int?)await App.UnitIdAsync("heating"), true, (Satisfaction?)Satisfaction.BasicallySatisfied, (bool?)true, FollowUpSteps.Words, false));
        row.AttemptedAt.ShouldBe(App.Clock.GetUtcNow());
        row.LocalDate.ShouldBe(new DateOnly(2026, 11, 24));
        row.AgentName.ShouldBe((await App.ViewerAsync("agent")).Actor.DisplayName);
    }

    [Fact]
    public async Task A_dissatisfied_callback_without_a_reopen_closes_the_ticket_as_dissatisfied()
    {
        var number = await App.ResolvedAsync();

        var recorded = await App.CalledBackAsync(number, FollowUpSteps.Dissatisfied(reopen: false));

        recorded.Outcome.ShouldBe(CallbackOutcome.ClosedDissatisfied);
        var ticket = await App.StoredAsync(number);
        (ticket.Status, ticket.ClosureReason, ticket.Round).ShouldBe((TicketStatus.Closed, (ClosureReason?)ClosureReason.Dissatisfied, 1));
        ticket.Callbacks.ShouldHaveSingleItem().Reopened.ShouldBeFalse();
    }

    [Fact]
    public async Task A_reopen_goes_to_the_same_lead_and_assisting_units_with_clocks_from_now_and_tells_them()
    {
        var number = await App.ResolvedAsync("heating", IntakeInputs.Phone, "water");
        App.Clock.Advance(TimeSpan.FromDays(1));
        var now = App.Clock.GetUtcNow();
        var expected = await App.UseAsync<DeadlineService, AssignmentDeadlines>(s => s.AssignmentDeadlinesAsync(RequestType.Complaint, Urgency.Normal, now));

        var recorded = await App.CalledBackAsync(number, FollowUpSteps.Dissatisfied(reopen: true));

        (recorded.Outcome, recorded.Round).ShouldBe((CallbackOutcome.Reopened, 2));
        var ticket = await App.StoredAsync(number);
        (ticket.Status, ticket.Round, ticket.ReopenCount, ticket.AwaitingCallback).ShouldBe((TicketStatus.Dispatched, 2, 1, false));
        var heating = await App.UnitIdAsync("heating");
        var water = await App.UnitIdAsync("water");
        ticket.Assignments.Where(a => a.Round == 1).ShouldAllBe(a => !a.IsActive);
        var round2 = ticket.Assignments.Where(a => a.Round == 2).OrderBy(a => a.Role).ToList();
        round2.Select(a => (a.UnitId, a.Role, a.IsActive, a.DispatchedAt))
            .ShouldBe([(heating, AssignmentRole.Lead, true, now), (water, AssignmentRole.Assisting, true, now)]);
        (round2[0].SignForDueAt, round2[0].FirstContactDueAt, round2[0].ResolveDueAt)
            .ShouldBe((expected.SignForDueAt, expected.FirstContactDueAt, expected.ResolveDueAt));
        round2[0].Instruction.ShouldBe(FollowUpSteps.ReopenReason);
        var callback = ticket.Callbacks.ShouldHaveSingleItem();
        (callback.Round, callback.UnitId, callback.Reopened).ShouldBe((1, (int?)heating, true));
        var told = await App.ReadAsync(db => db.Notifications.Where(n => n.TicketNumber == number && n.Kind == NotificationKind.Reopened)
            .Select(n => db.Users.Where(u => u.Id == n.UserId).Select(u => u.UserName).First()).ToListAsync());
        told.Order().ShouldBe(["liaison-heating", "liaison-water"]);
    }

    [Fact]
    public async Task A_reopen_without_a_reason_is_refused_next_to_the_field_and_saves_nothing()
    {
        var number = await App.ResolvedAsync();
        var before = await App.StoredAsync(number);
        var input = FollowUpSteps.Dissatisfied(reopen: true);
        input.ReopenReason = " ";

        var result = await App.CallbackAsync(number, input);

        result.Errors.ShouldHaveSingleItem().ShouldBe(new Common.ServiceError(nameof(CallbackInput.ReopenReason), "FollowUp.Error.ReopenReasonRequired"));
        var after = await App.StoredAsync(number);
        (after.Status, after.Version, after.Callbacks.Count, after.Events.Count).ShouldBe((before.Status, before.Version, 0, before.Events.Count));
    }

    [Fact]
    public async Task A_callback_on_a_ticket_still_at_its_unit_is_refused()
    {
        var number = await App.RegisterAsync(IntakeInputs.Register(await App.CategoryIdAsync("utilities-heating")));
        await App.DispatchAsync(number, "heating");

        var result = await App.CallbackAsync(number, FollowUpSteps.Satisfied());

        result.Errors.ShouldHaveSingleItem().Code.ShouldBe("FollowUp.Error.NotAwaitingCallback");
        (await App.StoredAsync(number)).Callbacks.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_liaison_cannot_record_a_callback_or_open_the_callback_page()
    {
        var number = await App.ResolvedAsync();

        var result = await App.CallbackAsync(number, FollowUpSteps.Satisfied(), user: "liaison-heating");

        result.Errors.ShouldHaveSingleItem().Code.ShouldBe(FollowUpService.NotFound);
        (await App.CallbackTicketAsync(number, "liaison-heating")).ShouldBeNull();
        (await App.StoredAsync(number)).Status.ShouldBe(TicketStatus.Resolved);
    }

    [Fact]
    public async Task A_supervisor_records_a_callback_like_an_agent()
    {
        var number = await App.ResolvedAsync();

        (await App.CalledBackAsync(number, FollowUpSteps.Satisfied(), user: "supervisor")).Outcome.ShouldBe(CallbackOutcome.Closed);
    }
}
