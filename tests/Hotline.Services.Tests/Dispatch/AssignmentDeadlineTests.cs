using Hotline.Domain.Tickets;
using Hotline.Services.Tests.Infrastructure;
using static Hotline.Services.Tests.Dispatch.DispatchSteps;

namespace Hotline.Services.Tests.Dispatch;

/// <summary>
/// Dispatch stores each assignment's sign-for, first-contact and resolution deadlines from the seeded policy and the
/// official 2026 calendar. Every expected instant is worked out by hand from DOMAIN.md ("Deadlines"), not by the engine,
/// and read back from the database through a DbContext of its own.
/// </summary>
public sealed class AssignmentDeadlineTests(DatabaseFixture app) : DatabaseTest<DatabaseFixture>(app), IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task An_urgent_ticket_gets_thirty_minutes_to_sign_for_and_contact_and_three_working_days_to_resolve()
    {
        // Registered Monday 2026-11-23 10:00, dispatched five minutes later: the clocks start at the dispatch.
        var number = await RegisterAsync(RequestType.HelpRequest, Urgency.Urgent);
        App.Clock.Advance(TimeSpan.FromMinutes(5));

        await DispatchToHeatingAsync(number);

        var lead = (await App.StoredAssignmentsAsync(number)).ShouldHaveSingleItem();
        lead.DispatchedAt.ShouldBe(Local(2026, 11, 23, 10, 5));
        lead.SignForDueAt.ShouldBe(Local(2026, 11, 23, 10, 35));
        lead.FirstContactDueAt.ShouldBe(Local(2026, 11, 23, 10, 35));
        // Counting starts on Tuesday the 24th: Tue, Wed, Thu; due at the end of Thursday.
        lead.ResolveDueAt.ShouldBe(Local(2026, 11, 27));
        // Stored as UTC instants (timestamptz), whatever offset they were computed in.
        new[] { lead.DispatchedAt, lead.SignForDueAt, lead.FirstContactDueAt, lead.ResolveDueAt }.ShouldAllBe(d => d.Offset == TimeSpan.Zero);
    }

    [Fact]
    public async Task A_consultation_dispatched_at_11_59_counts_working_hours_across_the_lunch_break()
    {
        App.Clock.SetLocal(2026, 11, 23, 11, 50);
        var number = await RegisterAsync(RequestType.Consultation, Urgency.Normal);
        App.Clock.SetLocal(2026, 11, 23, 11, 59);

        await DispatchToHeatingAsync(number);

        var lead = (await App.StoredAssignmentsAsync(number)).ShouldHaveSingleItem();
        // One minute before noon, then the rest from 13:30: 1 working hour → 14:29, 2 working hours → 15:29.
        lead.SignForDueAt.ShouldBe(Local(2026, 11, 23, 14, 29));
        lead.FirstContactDueAt.ShouldBe(Local(2026, 11, 23, 15, 29));
        lead.ResolveDueAt.ShouldBe(Local(2026, 11, 23, 15, 29));
    }

    [Fact]
    public async Task A_consultation_dispatched_at_17_29_on_a_friday_runs_on_into_monday_morning()
    {
        App.Clock.SetLocal(2026, 11, 27, 17, 0);
        var number = await RegisterAsync(RequestType.Consultation, Urgency.Normal);
        App.Clock.SetLocal(2026, 11, 27, 17, 29);

        await DispatchToHeatingAsync(number);

        var lead = (await App.StoredAssignmentsAsync(number)).ShouldHaveSingleItem();
        // One minute on Friday, the weekend does not run, the rest from Monday 08:30.
        lead.SignForDueAt.ShouldBe(Local(2026, 11, 30, 9, 29));
        lead.FirstContactDueAt.ShouldBe(Local(2026, 11, 30, 10, 29));
        lead.ResolveDueAt.ShouldBe(Local(2026, 11, 30, 10, 29));
    }

    [Fact]
    public async Task A_help_request_dispatched_on_the_friday_before_the_spring_festival_counts_the_make_up_saturday_and_skips_the_holiday()
    {
        App.Clock.SetLocal(2026, 2, 13, 16, 0);
        var number = await RegisterAsync(RequestType.HelpRequest, Urgency.Normal);

        await DispatchToHeatingAsync(number);

        var lead = (await App.StoredAssignmentsAsync(number)).ShouldHaveSingleItem();
        // Saturday 02-14 is a make-up working day: the first working day, due at its end.
        lead.SignForDueAt.ShouldBe(Local(2026, 2, 15));
        lead.FirstContactDueAt.ShouldBe(Local(2026, 2, 15));
        // 02-15..23 are the holiday; Tuesday 02-24 is the second working day.
        lead.ResolveDueAt.ShouldBe(Local(2026, 2, 25));
    }

    [Fact]
    public async Task A_complaint_dispatched_the_day_before_national_day_skips_the_golden_week_and_counts_the_make_up_saturday()
    {
        App.Clock.SetLocal(2026, 9, 30, 10, 0);
        var number = await RegisterAsync(RequestType.Complaint, Urgency.Normal);

        await DispatchToHeatingAsync(number);

        var lead = (await App.StoredAssignmentsAsync(number)).ShouldHaveSingleItem();
        // 10-01..07 are holidays: Thursday 10-08 is the first working day.
        lead.SignForDueAt.ShouldBe(Local(2026, 10, 9));
        lead.FirstContactDueAt.ShouldBe(Local(2026, 10, 9));
        // Thu 10-08, Fri 10-09, Sat 10-10 (make-up), Mon 10-12, Tue 10-13.
        lead.ResolveDueAt.ShouldBe(Local(2026, 10, 14));
    }

    [Fact]
    public async Task A_suggestion_gets_one_working_day_to_sign_for_two_to_contact_and_five_to_resolve()
    {
        var number = await RegisterAsync(RequestType.Suggestion, Urgency.Normal);

        await DispatchToHeatingAsync(number);

        var lead = (await App.StoredAssignmentsAsync(number)).ShouldHaveSingleItem();
        // From Monday 2026-11-23 10:00: Tue 24, Wed 25, Thu 26, Fri 27, Mon 30.
        lead.SignForDueAt.ShouldBe(Local(2026, 11, 25));
        lead.FirstContactDueAt.ShouldBe(Local(2026, 11, 26));
        lead.ResolveDueAt.ShouldBe(Local(2026, 12, 1));
    }

    private async Task<string> RegisterAsync(RequestType type, Urgency urgency) =>
        await App.RegisterAsync(IntakeInputs.Register(await App.CategoryIdAsync("utilities-heating"), type: type, urgency: urgency));

    private async Task DispatchToHeatingAsync(string number) =>
        (await App.TryDispatchAsync(number, await App.FormAsync(number, "heating"))).Errors.ShouldBeEmpty();
}
