using Hotline.Domain.Tickets;
using Hotline.Services.Deadlines;
using Hotline.Services.FollowUp;
using Hotline.Services.Intake;
using Hotline.Services.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Tests.FollowUp;

/// <summary>直办抽检: a tenth of direct answers (the default share) wait for a callback, so the direct-answer path is measured too.</summary>
public sealed class DirectAnswerSamplingTests(DatabaseFixture app) : DatabaseTest<DatabaseFixture>(app), IClassFixture<DatabaseFixture>
{
    private const int Count = 1000;

    [Fact]
    public async Task About_a_tenth_of_a_thousand_direct_answers_are_sampled_each_due_by_the_callback_policy_and_in_the_queue()
    {
        var category = await App.CategoryIdAsync("utilities-heating");
        var numbers = new List<string>(Count);
        for (var i = 0; i < Count; i++)
        {
            var result = await App.IntakeAsync(IntakeInputs.AnswerDirectly(category, null, "已告知今年供暖时间和室温标准。", phone: "13905350501"),
                IntakeAction.AnswerDirectly);
            numbers.Add(result.Value.ShouldNotBeNull().TicketNumber!);
        }

        var sampled = await App.ReadAsync(db => db.Tickets.AsNoTracking().Where(t => numbers.Contains(t.Number) && t.IsCallbackSample)
            .Select(t => new { t.Number, t.Status, t.AwaitingCallback, t.CallbackDueAt }).ToListAsync());

        (sampled.Count / (double)Count).ShouldBe(0.10, 0.03);
        sampled.Select(s => s.Number).Order().ShouldBe(numbers.Where(n => CallbackSampling.IsSampled(n, CallbackSampling.DefaultShare)).Order());
        var policy = await App.UseAsync<DeadlineService, Domain.Deadlines.DeadlinePolicy>(s => s.PolicyForAsync(RequestType.Consultation, Urgency.Normal));
        var due = await App.UseAsync<DeadlineService, DateTimeOffset>(s => s.DueAsync(App.Clock.GetUtcNow(), policy.Callback));
        sampled.ShouldAllBe(s => s.Status == TicketStatus.Closed && s.AwaitingCallback && s.CallbackDueAt == due);
        var queue = await App.CallbackQueueAsync(new CallbackQueueFilter { Text = "13905350501", PageSize = 100 });
        queue.Items.TotalCount.ShouldBe(sampled.Count);
        queue.Items.Items.ShouldAllBe(i => i.Kind == CallbackKind.Sample && i.LeadUnit == null);
    }

    [Fact]
    public async Task A_sampled_direct_answers_callback_keeps_it_closed_and_counts_as_a_sample()
    {
        var number = await SampledAsync();

        var recorded = await App.CalledBackAsync(number, FollowUpSteps.Satisfied());

        recorded.Outcome.ShouldBe(CallbackOutcome.SampleRecorded);
        var ticket = await App.StoredAsync(number);
        (ticket.Status, ticket.ClosureReason, ticket.AwaitingCallback).ShouldBe((TicketStatus.Closed, (ClosureReason?)ClosureReason.DirectlyAnswered, false));
        var row = ticket.Callbacks.ShouldHaveSingleItem();
        (row.IsSample, row.UnitId, row.Reached).ShouldBe((true, (int?)null, true));
    }

    [Fact]
    public async Task A_dissatisfied_sample_is_reopened_only_to_a_unit_the_agent_chooses()
    {
        var number = await SampledAsync();
        var before = await App.StoredAsync(number);

        var withoutUnit = await App.CallbackAsync(number, FollowUpSteps.Dissatisfied(reopen: true));
        var unknownUnit = await App.CallbackAsync(number, FollowUpSteps.Dissatisfied(reopen: true, unit: 999_999));

        withoutUnit.Errors.ShouldHaveSingleItem().ShouldBe(new Common.ServiceError(nameof(CallbackInput.ReopenLeadUnitId), "FollowUp.Error.ReopenUnitRequired"));
        unknownUnit.Errors.ShouldHaveSingleItem().ShouldBe(new Common.ServiceError(nameof(CallbackInput.ReopenLeadUnitId), "Validation.Unit.Invalid"));
        (await App.StoredAsync(number)).Version.ShouldBe(before.Version);

        var heating = await App.UnitIdAsync("heating");
        var recorded = await App.CalledBackAsync(number, FollowUpSteps.Dissatisfied(reopen: true, unit: heating));

        (recorded.Outcome, recorded.Round).ShouldBe((CallbackOutcome.Reopened, 1));
        var ticket = await App.StoredAsync(number);
        (ticket.Status, ticket.LeadUnitId, ticket.ReopenCount).ShouldBe((TicketStatus.Dispatched, (int?)heating, 1));
        ticket.Assignments.ShouldHaveSingleItem().UnitId.ShouldBe(heating);
        ticket.Callbacks.ShouldHaveSingleItem().IsSample.ShouldBeTrue();
    }

    /// <summary>Answers calls directly until the hash picks one for a sample callback.</summary>
    private async Task<string> SampledAsync()
    {
        var category = await App.CategoryIdAsync("utilities-heating");
        while (true)
        {
            var result = await App.IntakeAsync(IntakeInputs.AnswerDirectly(category, null, "已告知。", phone: "13905350502"), IntakeAction.AnswerDirectly);
            var candidate = result.Value!.TicketNumber!;
            if (CallbackSampling.IsSampled(candidate, CallbackSampling.DefaultShare))
            {
                return candidate;
            }
        }
    }
}
