using Hotline.Domain.Tickets;
using Hotline.Services.Dispatch;
using Hotline.Services.Tests.Dispatch;
using Hotline.Services.Tests.FollowUp;
using Hotline.Services.Tests.Infrastructure;
using Hotline.Services.Tickets;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Tests.Deadlines;

/// <summary>A merged, cancelled or closed ticket shows no running clock anywhere: not on its page, not in any queue.</summary>
public sealed class StoppedClockTests(DatabaseFixture app) : DatabaseTest<DatabaseFixture>(app), IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task A_merged_ticket_no_longer_counts_down_its_dispatch_clock()
    {
        var master = await RegisterAsync("13905351401");
        var duplicate = await RegisterAsync("13905351402");
        var before = await DetailAsync(duplicate);
        before.DispatchClock.ShouldNotBeNull();

        (await App.TryMergeAsync(duplicate, master)).Errors.ShouldBeEmpty();
        App.Clock.Advance(TimeSpan.FromDays(2));

        var after = await DetailAsync(duplicate);
        after.Status.ShouldBe(TicketStatus.Merged);
        after.DispatchDueAt.ShouldBe(before.DispatchDueAt);
        after.DispatchClock.ShouldBeNull();
        (await DetailAsync(master)).DispatchClock.ShouldNotBeNull();
        var id = (await App.StoredTicketAsync(duplicate)).Id;
        (await App.ReadAsync(db => db.RunningClocks.CountAsync(c => c.TicketId == id))).ShouldBe(0);
    }

    [Fact]
    public async Task A_cancelled_ticket_runs_no_clock()
    {
        var number = await RegisterAsync("13905351403");
        var supervisor = (await App.ViewerAsync("supervisor")).Actor;
        await App.ReadAsync(async db =>
        {
            var ticket = await db.Tickets.SingleAsync(t => t.Number == number);
            ticket.Cancel(supervisor, App.Clock.GetUtcNow(), "骚扰电话");
            return await db.SaveChangesAsync();
        });

        (await DetailAsync(number)).DispatchClock.ShouldBeNull();
        var id = (await App.StoredTicketAsync(number)).Id;
        (await App.ReadAsync(db => db.RunningClocks.CountAsync(c => c.TicketId == id))).ShouldBe(0);
    }

    [Fact]
    public async Task A_resolved_or_closed_ticket_runs_no_clock_even_for_an_assisting_unit_that_never_finished()
    {
        var number = await App.ResolvedAsync("heating", "13905351405", "water");
        var id = (await App.StoredTicketAsync(number)).Id;
        // Resolved, waiting for the callback: the round's clocks have stopped, the unfinished assisting unit's too.
        (await App.ReadAsync(db => db.RunningClocks.CountAsync(c => c.TicketId == id))).ShouldBe(0);

        await App.CalledBackAsync(number, FollowUpSteps.Satisfied(Satisfaction.BasicallySatisfied, solved: true));
        App.Clock.Advance(TimeSpan.FromDays(30));

        var detail = await DetailAsync(number);
        detail.Status.ShouldBe(TicketStatus.Closed);
        detail.DispatchClock.ShouldBeNull();
        detail.Assignments.Count.ShouldBe(2);
        detail.Assignments.ShouldAllBe(a => a.Running == null);
        (await App.ReadAsync(db => db.RunningClocks.CountAsync(c => c.TicketId == id))).ShouldBe(0);
    }

    [Fact]
    public async Task A_dispatched_ticket_s_lead_runs_its_sign_for_clock_and_the_dispatch_clock_stops()
    {
        var number = await RegisterAsync("13905351404");
        await App.DispatchAsync(number, "water");

        var detail = await DetailAsync(number);

        detail.DispatchClock.ShouldBeNull();
        detail.Assignments.Single().Running!.Value.Kind.ShouldBe(ClockKind.SignFor);
        detail.Assignments.Single().Running!.Value.DueAt.ShouldBe(detail.Assignments.Single().SignForDueAt);
    }

    private async Task<TicketDetail> DetailAsync(string number)
    {
        var viewer = await App.ViewerAsync("dispatcher");
        return (await App.UseAsync<TicketQueryService, TicketDetail?>(s => s.GetAsync(number, viewer)))!;
    }

    private async Task<string> RegisterAsync(string phone) =>
        await App.RegisterAsync(IntakeInputs.Register(await App.CategoryIdAsync("utilities-water-pipe"), IntakeInputs.WaterContent, phone,
            RequestType.HelpRequest, Urgency.Urgent));
}
