using Hotline.Domain.Calls;
using Hotline.Domain.Tickets;
using Hotline.Services.Dashboards;
using Hotline.Services.Tests.Infrastructure;
using Hotline.Testing;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Tests.Seed;

/// <summary>
/// The demo data's calls read like a hotline's day as a supervisor sees it on the dashboard and the wall, read on the demo
/// database at Monday 10:00 Shanghai (the template's clock).
/// </summary>
public sealed class DemoCallDataTests(DemoDatabaseFixture app) : DatabaseTest<DemoDatabaseFixture>(app), IClassFixture<DemoDatabaseFixture>
{
    [Fact]
    public async Task Today_has_calls_in_several_hours_before_now_and_none_after()
    {
        var today = (await App.UseAsync<HotlineDashboardService, SupervisorDashboard>(s => s.GetAsync())).Today;
        var startedAfterNow = await App.ReadAsync(db => db.Calls.CountAsync(c => c.StartedAt >= TestDatabase.DefaultNow || c.EndedAt > TestDatabase.DefaultNow));

        // Now is 10:00 local: hours 0–9 have begun, 10 has just begun and 11–23 are still to come.
        today.Calls.ShouldBeGreaterThan(10);
        today.CallsPerHour.Take(10).Count(c => c > 0).ShouldBeGreaterThanOrEqualTo(4);
        today.CallsPerHour.Skip(10).ShouldAllBe(c => c == 0);
        startedAfterNow.ShouldBe(0);
    }

    [Fact]
    public async Task Every_phone_ticket_has_exactly_one_call_linked_both_ways_taken_a_minute_or_two_before_registration()
    {
        var tickets = await App.ReadAsync(db => db.Tickets.Select(t => new
        {
            t.Number,
            t.Id,
            t.Channel,
            t.CallerPhone,
            t.RegisteredAt,
            t.IsDirectlyAnswered,
            RegisteredCallId = t.Events.Where(e => e.Action == TicketAction.Register || e.Action == TicketAction.AnswerDirectly).Select(e => e.CallId).Single(),
        }).ToListAsync());
        var calls = await App.ReadAsync(db => db.Calls.Where(c => c.TicketId != null).ToListAsync());
        var byTicket = calls.ToLookup(c => c.TicketId!.Value);

        tickets.Count(t => t.Channel == Channel.Phone).ShouldBeGreaterThan(TestDatabase.DemoTicketCount / 2);
        foreach (var ticket in tickets)
        {
            if (ticket.Channel != Channel.Phone)
            {
                byTicket[ticket.Id].ShouldBeEmpty(ticket.Number);
                continue;
            }

            var call = byTicket[ticket.Id].ShouldHaveSingleItem(ticket.Number);
            ticket.RegisteredCallId.ShouldBe(call.Id, ticket.Number);
            call.Phone.ShouldBe(ticket.CallerPhone, ticket.Number);
            call.Outcome.ShouldBe(ticket.IsDirectlyAnswered ? CallOutcome.DirectAnswer : CallOutcome.NewTicket, ticket.Number);
            (ticket.RegisteredAt - call.StartedAt).ShouldBeInRange(TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(3), ticket.Number);
            call.EndedAt.ShouldBe(ticket.RegisteredAt, ticket.Number);
        }
    }

    [Fact]
    public async Task About_one_call_in_four_made_no_ticket()
    {
        var outcomes = await App.ReadAsync(db => db.Calls.Select(c => new { c.Outcome, c.TicketId }).ToListAsync());

        var withoutTicket = outcomes.Where(c => c.TicketId == null).ToList();
        withoutTicket.ShouldAllBe(c => c.Outcome == CallOutcome.Invalid);
        ((double)withoutTicket.Count / outcomes.Count).ShouldBeInRange(0.2, 0.3);
    }

    [Fact]
    public async Task The_15_second_rate_of_logged_calls_has_a_value_today_on_the_dashboard_with_most_calls_answered_in_time()
    {
        // The wall shows the telephone platform's rate only (docs/decisions/0025).
        var dashboard = (await App.UseAsync<HotlineDashboardService, SupervisorDashboard>(s => s.GetAsync())).Today;
        var waits = await App.ReadAsync(db => db.Calls.Select(c => c.AnsweredAt - c.StartedAt).ToListAsync());

        dashboard.AnsweredWithinTarget.Value.ShouldNotBeNull();
        waits.ShouldAllBe(w => w != null && w > TimeSpan.Zero);
        waits.Count(w => w <= HotlineFigures.AnswerTarget).ShouldBeInRange(waits.Count * 85 / 100, waits.Count * 95 / 100);
    }
}
