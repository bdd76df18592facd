using Hotline.Domain.Deadlines;
using Hotline.Domain.Tickets;
using static Hotline.Domain.Tests.Tickets.CallbackTickets;
using static Hotline.Domain.Tests.Tickets.TestTickets;
using static Hotline.Domain.Tests.Tickets.WorkbenchTickets;

namespace Hotline.Domain.Tests.Tickets;

/// <summary>Clock per holder (issue 18 §1): who held the ticket, from when to when, and which of their deadlines they met.</summary>
public class HoldingTimelineTests
{
    private static readonly WorkingCalendar Calendar = WorkingCalendar.FromDays(
        OfficialCalendar2026.Days(), OfficeHours.Default, TimeZoneInfo.FindSystemTimeZoneById(WorkingCalendar.DefaultTimeZoneId));

    [Fact]
    public void Each_holder_is_charged_from_when_it_got_the_ticket_to_when_it_passed_it_on()
    {
        var ticket = Registered();
        ticket.Dispatch(Order(Lead), TestActors.Dispatcher, Now.AddMinutes(10));
        ticket.SignFor(Lead, TestActors.Liaison, Now.AddMinutes(20));
        ticket.RecordContact(Lead, TestActors.Liaison, Now.AddMinutes(40), Now.AddMinutes(40), "已电话联系市民。");
        ticket.Resolve(Lead, TestActors.Liaison, Now.AddHours(2), "已更换阀门。", ResolutionOutcome.Solved, null, Now.AddDays(3));
        ticket.RecordCallback(Reached(Satisfaction.Satisfied), Rules, TestActors.Agent, Now.AddDays(1));

        var holdings = HoldingTimeline.Of(ticket, Now.AddDays(5));

        holdings.Select(h => (h.Kind, h.UnitId, h.From, h.To, h.End)).ShouldBe(
        [
            (HolderKind.Dispatch, (int?)null, Now, (DateTimeOffset?)Now.AddMinutes(10), HoldingEnd.Dispatched),
            (HolderKind.Unit, Lead, Now.AddMinutes(10), Now.AddHours(2), HoldingEnd.Resolved),
            (HolderKind.Callback, null, Now.AddHours(2), Now.AddDays(1), HoldingEnd.Closed),
        ]);
        holdings[0].Deadlines.Single().Outcome.ShouldBe(DeadlineOutcome.Met);
        holdings[1].Deadlines.Select(d => (d.Clock, d.Outcome)).ShouldBe(
            [(ClockKind.SignFor, DeadlineOutcome.Met), (ClockKind.FirstContact, DeadlineOutcome.Missed), (ClockKind.Resolve, DeadlineOutcome.Met)]);
        holdings[2].Deadlines.Single().Outcome.ShouldBe(DeadlineOutcome.Met);
        Sum(holdings, Now.AddDays(5)).ShouldBe(ticket.ClosedAt!.Value - ticket.RegisteredAt);
    }

    [Fact]
    public void A_returned_units_time_is_its_own_and_the_next_unit_starts_afresh()
    {
        const int Right = 44;
        var ticket = Registered();
        ticket.Dispatch(Order(Lead), TestActors.Dispatcher, Now.AddMinutes(10));
        ticket.RequestReturn(Lead, TestActors.Liaison, Now.AddMinutes(15), "不属于本单位职责。");
        ticket.ApproveReturn(TestActors.Dispatcher, Now.AddMinutes(25), "改派", Now.AddHours(4));
        var second = new AssignmentDeadlines(Now.AddMinutes(70), Now.AddMinutes(70), Now.AddDays(3));
        ticket.Dispatch(new DispatchOrder(Right, [], null, second), TestActors.Dispatcher, Now.AddMinutes(40));
        var now = Now.AddMinutes(50);

        var holdings = HoldingTimeline.Of(ticket, now);

        holdings.Select(h => (h.Kind, h.UnitId, h.From, h.To, h.End)).ShouldBe(
        [
            (HolderKind.Dispatch, (int?)null, Now, (DateTimeOffset?)Now.AddMinutes(10), HoldingEnd.Dispatched),
            (HolderKind.Unit, Lead, Now.AddMinutes(10), Now.AddMinutes(25), HoldingEnd.Returned),
            (HolderKind.Dispatch, null, Now.AddMinutes(25), Now.AddMinutes(40), HoldingEnd.Dispatched),
            (HolderKind.Unit, Right, Now.AddMinutes(40), null, HoldingEnd.Running),
        ]);
        // The returned unit passed it on before its clocks ran out: no deadline of its own is missed, none carried on.
        holdings[1].Deadlines.ShouldAllBe(d => d.Outcome == DeadlineOutcome.Ended);
        holdings[2].Deadlines.ShouldBe([new HeldDeadline(ClockKind.Dispatch, Now.AddHours(4), Now.AddMinutes(40), DeadlineOutcome.Met)],
            "the approved return restarted the dispatch clock: the re-dispatch has its own deadline");
        holdings[0].Deadlines.ShouldBeEmpty("the first dispatch's deadline was replaced by the re-dispatch's, which is not its own");
        holdings[3].Deadlines.ShouldAllBe(d => d.Outcome == DeadlineOutcome.Running);
        holdings[3].Natural(now).ShouldBe(TimeSpan.FromMinutes(10));
        Sum(holdings, now).ShouldBe(now - ticket.RegisteredAt);
    }

    [Fact]
    public void A_reopened_round_is_held_by_its_unit_again_after_the_callback()
    {
        var ticket = Resolved();
        ticket.RecordCallback(DissatisfiedReopen(), Rules, TestActors.Agent, CallAt, Round2(CallAt));
        var now = CallAt.AddHours(1);

        var holdings = HoldingTimeline.Of(ticket, now);

        holdings.Select(h => (h.Round, h.Kind, h.End)).ShouldBe(
        [
            (1, HolderKind.Dispatch, HoldingEnd.Dispatched),
            (1, HolderKind.Unit, HoldingEnd.Resolved),
            (1, HolderKind.Callback, HoldingEnd.Reopened),
            (2, HolderKind.Unit, HoldingEnd.Running),
        ]);
        holdings[3].UnitId.ShouldBe(Lead);
        holdings[3].Deadlines.Single(d => d.Clock == ClockKind.SignFor).DueAt.ShouldBe(CallAt.AddMinutes(30));
        Sum(holdings, now).ShouldBe(now - ticket.RegisteredAt);
    }

    [Fact]
    public void An_assisting_unit_holds_beside_the_lead_until_its_part_is_done()
    {
        var ticket = Dispatched(withAssisting: true);
        ticket.MarkAssistDone(Assisting, TestActors.Liaison, Now.AddHours(5), "已配合排查。");

        var holdings = HoldingTimeline.Of(ticket, Now.AddHours(6));

        var assisting = holdings.Single(h => !h.IsLead);
        (assisting.UnitId, assisting.From, assisting.To, assisting.End).ShouldBe((Assisting, DispatchedAt, (DateTimeOffset?)Now.AddHours(5), HoldingEnd.PartDone));
        assisting.Deadlines.Single().Outcome.ShouldBe(DeadlineOutcome.Met);
        Sum(holdings, Now.AddHours(6)).ShouldBe(TimeSpan.FromHours(6), "assisting time runs beside the lead's, not after it");
    }

    [Fact]
    public void A_ticket_answered_on_the_call_was_never_held()
    {
        HoldingTimeline.Of(AnsweredDirectly(), Now.AddDays(1)).ShouldBeEmpty();
    }

    [Fact]
    public void Working_time_counts_office_hours_on_working_days_only()
    {
        // Friday 2026-12-04 16:30 to Monday 09:30 in Yantai: 16:30–17:30 and 08:30–09:30.
        var friday = new DateTimeOffset(2026, 12, 4, 16, 30, 0, TimeSpan.FromHours(8));
        Calendar.WorkingTimeBetween(friday, friday.AddDays(2).AddHours(17)).ShouldBe(TimeSpan.FromHours(2));
        // The National Day week (1–7 October) is a holiday; 30 September is a working day.
        var beforeHoliday = new DateTimeOffset(2026, 9, 30, 17, 0, 0, TimeSpan.FromHours(8));
        Calendar.WorkingTimeBetween(beforeHoliday, new DateTimeOffset(2026, 10, 8, 9, 0, 0, TimeSpan.FromHours(8))).ShouldBe(TimeSpan.FromHours(1));
        Calendar.WorkingTimeBetween(friday, friday).ShouldBe(TimeSpan.Zero);
        Calendar.WorkingTimeBetween(friday, friday.AddHours(-1)).ShouldBe(TimeSpan.Zero);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(17)]
    [InlineData(40)]
    public void Working_time_undoes_a_working_hours_deadline(int hours)
    {
        var start = new DateTimeOffset(2026, 9, 28, 0, 0, 0, TimeSpan.FromHours(8));
        for (var minutes = 0; minutes < 7 * 24 * 60; minutes += 97)
        {
            var from = start.AddMinutes(minutes);
            var due = Calendar.Add(from, new TimeLimit(hours, DurationUnit.WorkingHours)).DueAt;
            Calendar.WorkingTimeBetween(from, due).ShouldBe(TimeSpan.FromHours(hours), $"from {from:O}");
        }
    }

    private static TimeSpan Sum(IEnumerable<Holding> holdings, DateTimeOffset now) =>
        holdings.Where(h => h.IsLead).Aggregate(TimeSpan.Zero, (sum, h) => sum + h.Natural(now));
}
