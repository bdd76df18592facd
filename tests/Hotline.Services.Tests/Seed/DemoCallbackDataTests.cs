using Hotline.Domain.Tickets;
using Hotline.Services.Tests.Infrastructure;
using Hotline.Testing;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Tests.Seed;

/// <summary>The demo data's callbacks read like a real hotline's and keep the rules a real one would.</summary>
public sealed class DemoCallbackDataTests(DemoDatabaseFixture app) : DatabaseTest<DemoDatabaseFixture>(app), IClassFixture<DemoDatabaseFixture>
{
    [Fact]
    public async Task Every_callback_lies_after_the_answer_or_resolution_it_checks_and_before_now()
    {
        var tickets = await App.ReadAsync(db => db.Tickets.AsNoTracking().Where(t => t.Callbacks.Any())
            .Include(t => t.Callbacks).Include(t => t.Assignments).AsSplitQuery().ToListAsync());

        tickets.ShouldNotBeEmpty();
        foreach (var callback in tickets.SelectMany(t => t.Callbacks.Select(c => (Ticket: t, Callback: c))))
        {
            var checkedAt = callback.Callback.IsSample
                ? callback.Ticket.RegisteredAt
                : callback.Ticket.Assignments.Single(a => a.IsLead && a.Round == callback.Callback.Round).ResolvedAt.ShouldNotBeNull();
            callback.Callback.AttemptedAt.ShouldBeGreaterThan(checkedAt, callback.Ticket.Number);
            callback.Callback.AttemptedAt.ShouldBeLessThan(TestDatabase.DefaultNow, callback.Ticket.Number);
        }
    }

    [Fact]
    public async Task Rounds_whose_callback_fell_due_days_ago_have_all_been_called_back()
    {
        var cutoff = TestDatabase.DefaultNow.AddDays(-3);

        var waiting = await App.ReadAsync(db => db.Tickets.CountAsync(t => t.AwaitingCallback && t.CallbackDueAt < cutoff));
        var called = await App.ReadAsync(db => db.Tickets.CountAsync(t => t.ResolvedAt != null && t.CallbackDueAt < cutoff && !t.AwaitingCallback));

        waiting.ShouldBe(0);
        called.ShouldBeGreaterThan(100);
    }

    [Fact]
    public async Task Most_citizens_reached_are_satisfied_and_the_queue_still_has_work()
    {
        var reached = await App.ReadAsync(db => db.Callbacks.Where(c => c.Reached).Select(c => c.Satisfaction).ToListAsync());
        var queue = await App.ReadAsync(db => db.Tickets.CountAsync(t => t.AwaitingCallback));

        var satisfied = reached.Count(s => s is Satisfaction.Satisfied or Satisfaction.BasicallySatisfied) / (double)reached.Count;
        satisfied.ShouldBeInRange(0.85, 0.99);
        queue.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Reopened_tickets_went_back_to_the_same_unit_after_a_dissatisfied_callback()
    {
        var reopened = await App.ReadAsync(db => db.Tickets.AsNoTracking().Where(t => t.ReopenCount > 0)
            .Include(t => t.Assignments).Include(t => t.Callbacks).AsSplitQuery().ToListAsync());

        reopened.ShouldNotBeEmpty();
        foreach (var ticket in reopened)
        {
            ticket.Assignments.Where(a => a.IsLead).Select(a => a.UnitId).Distinct().ShouldHaveSingleItem(ticket.Number);
            var reopening = ticket.Callbacks.Where(c => c.Reopened).ShouldHaveSingleItem(ticket.Number);
            (reopening.Round, reopening.Satisfaction).ShouldBe((1, (Satisfaction?)Satisfaction.Dissatisfied), ticket.Number);
        }
    }

    [Fact]
    public async Task Tickets_closed_as_unreachable_failed_on_three_different_days()
    {
        var unreachable = await App.ReadAsync(db => db.Tickets.AsNoTracking().Where(t => t.ClosureReason == ClosureReason.Unreachable)
            .Include(t => t.Callbacks).ToListAsync());

        foreach (var ticket in unreachable)
        {
            var failed = ticket.Callbacks.Where(c => !c.Reached).ToList();
            failed.Select(c => c.LocalDate).Distinct().Count().ShouldBe(3, ticket.Number);
            ticket.Callbacks.ShouldAllBe(c => !c.Reached);
        }
    }

    [Fact]
    public async Task Only_direct_answers_are_sampled_about_one_in_ten()
    {
        var direct = await App.ReadAsync(db => db.Tickets.Where(t => t.IsDirectlyAnswered).Select(t => new { t.Number, t.IsCallbackSample }).ToListAsync());
        var samplesNotDirect = await App.ReadAsync(db => db.Tickets.CountAsync(t => t.IsCallbackSample && !t.IsDirectlyAnswered));

        samplesNotDirect.ShouldBe(0);
        direct.Where(d => d.IsCallbackSample).Select(d => d.Number)
            .ShouldBe(direct.Where(d => CallbackSampling.IsSampled(d.Number, CallbackSampling.DefaultShare)).Select(d => d.Number), ignoreOrder: true);
    }
}
