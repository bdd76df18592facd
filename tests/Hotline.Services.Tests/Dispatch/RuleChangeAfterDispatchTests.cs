using Hotline.Domain.Deadlines;
using Hotline.Domain.Tickets;
using Hotline.Services.Admin;
using Hotline.Services.Common;
using Hotline.Services.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Hotline.Services.Tests.Dispatch.DispatchSteps;

namespace Hotline.Services.Tests.Dispatch;

/// <summary>
/// An assignment's clocks are computed when it is dispatched and stored: editing the policy table or the calendar
/// later never moves them, and only tickets dispatched after the edit get the new limits.
/// Each test edits rules the others do not count on (the urgent row, the complaint row, December's calendar).
/// </summary>
public sealed class RuleChangeAfterDispatchTests(DatabaseFixture app) : DatabaseTest<DatabaseFixture>(app), IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task A_policy_edited_by_the_administrator_leaves_existing_assignments_alone_and_applies_to_the_next_dispatch()
    {
        var earlier = await RegisterAndDispatchAsync(RequestType.HelpRequest, Urgency.Urgent);

        App.Clock.Advance(TimeSpan.FromMinutes(10));
        var admin = (await App.ViewerAsync("admin")).Actor;
        var urgent = (await App.UseAsync<PolicyAdminService, IReadOnlyList<PolicyRow>>(s => s.ListAsync()))
            .Single(r => r.RequestType is null && r.Urgency == Urgency.Urgent);
        var edit = new PolicyInput
        {
            Id = urgent.Id,
            Version = urgent.Version,
            Dispatch = LimitInput.From(urgent.Dispatch),
            SignFor = new LimitInput { Amount = 20, Unit = DurationUnit.Minutes },
            FirstContact = new LimitInput { Amount = 1, Unit = DurationUnit.Hours },
            Resolve = new LimitInput { Amount = 2, Unit = DurationUnit.WorkingDays },
            Callback = LimitInput.From(urgent.Callback),
        };
        (await App.UseAsync<PolicyAdminService, ServiceResult<uint>>(s => s.UpdateAsync(edit, admin))).Errors.ShouldBeEmpty();

        App.Clock.Advance(TimeSpan.FromMinutes(10));
        var later = await RegisterAndDispatchAsync(RequestType.Complaint, Urgency.Urgent);

        // Dispatched Monday 10:00 under the old row: 30 min, 30 min, 3 working days.
        var kept = (await App.StoredAssignmentsAsync(earlier)).ShouldHaveSingleItem();
        kept.SignForDueAt.ShouldBe(Local(2026, 11, 23, 10, 30));
        kept.FirstContactDueAt.ShouldBe(Local(2026, 11, 23, 10, 30));
        kept.ResolveDueAt.ShouldBe(Local(2026, 11, 27));
        // Dispatched at 10:20 under the new row: 20 min, 1 h, 2 working days.
        var fresh = (await App.StoredAssignmentsAsync(later)).ShouldHaveSingleItem();
        fresh.SignForDueAt.ShouldBe(Local(2026, 11, 23, 10, 40));
        fresh.FirstContactDueAt.ShouldBe(Local(2026, 11, 23, 11, 20));
        fresh.ResolveDueAt.ShouldBe(Local(2026, 11, 26));
    }

    [Fact]
    public async Task A_policy_row_changed_in_the_database_leaves_existing_assignments_alone_and_applies_to_the_next_dispatch()
    {
        var earlier = await RegisterAndDispatchAsync(RequestType.Complaint, Urgency.Normal);

        App.Clock.Advance(TimeSpan.FromMinutes(30));
        await App.WriteAsync(async db =>
        {
            var complaint = await db.DeadlinePolicies.SingleAsync(p => p.RequestType == RequestType.Complaint && p.Urgency == Urgency.Normal);
            complaint.Update(complaint.Dispatch, TimeLimit.WorkingHours(4), complaint.FirstContact, TimeLimit.WorkingDays(10),
                complaint.Callback, App.Clock.GetUtcNow());
        });
        var later = await RegisterAndDispatchAsync(RequestType.Complaint, Urgency.Normal);

        // Monday 10:00 under the old row: 1 working day to sign for, 5 to resolve.
        var kept = (await App.StoredAssignmentsAsync(earlier)).ShouldHaveSingleItem();
        kept.SignForDueAt.ShouldBe(Local(2026, 11, 25));
        kept.FirstContactDueAt.ShouldBe(Local(2026, 11, 25));
        kept.ResolveDueAt.ShouldBe(Local(2026, 12, 1));
        // Monday 10:30 under the new row: 4 working hours (1.5 before noon, 2.5 from 13:30), 10 working days.
        var fresh = (await App.StoredAssignmentsAsync(later)).ShouldHaveSingleItem();
        fresh.SignForDueAt.ShouldBe(Local(2026, 11, 23, 16, 0));
        fresh.FirstContactDueAt.ShouldBe(Local(2026, 11, 25));
        fresh.ResolveDueAt.ShouldBe(Local(2026, 12, 8));
    }

    [Fact]
    public async Task A_holiday_declared_after_dispatch_leaves_existing_assignments_alone_and_applies_to_the_next_dispatch()
    {
        App.Clock.SetLocal(2026, 12, 14, 10, 0);
        var earlier = await RegisterAndDispatchAsync(RequestType.HelpRequest, Urgency.Normal);

        App.Clock.Advance(TimeSpan.FromMinutes(5));
        var admin = (await App.ViewerAsync("admin")).Actor;
        var mark = new CalendarMarkInput { Date = new DateOnly(2026, 12, 15), Mark = CalendarMark.Holiday, Name = "临时休假" };
        (await App.UseAsync<CalendarAdminService, ServiceResult<DateOnly>>(s => s.MarkAsync(mark, admin))).Errors.ShouldBeEmpty();
        var later = await RegisterAndDispatchAsync(RequestType.HelpRequest, Urgency.Normal);

        // Monday 12-14: Tuesday 12-15 was the first working day; once it is a holiday, Wednesday 12-16 is.
        (await App.StoredAssignmentsAsync(earlier)).ShouldHaveSingleItem().SignForDueAt.ShouldBe(Local(2026, 12, 16));
        (await App.StoredAssignmentsAsync(earlier)).ShouldHaveSingleItem().ResolveDueAt.ShouldBe(Local(2026, 12, 17));
        (await App.StoredAssignmentsAsync(later)).ShouldHaveSingleItem().SignForDueAt.ShouldBe(Local(2026, 12, 17));
        (await App.StoredAssignmentsAsync(later)).ShouldHaveSingleItem().ResolveDueAt.ShouldBe(Local(2026, 12, 18));
    }

    private async Task<string> RegisterAndDispatchAsync(RequestType type, Urgency urgency)
    {
        var number = await App.RegisterAsync(IntakeInputs.Register(await App.CategoryIdAsync("utilities-heating"), type: type, urgency: urgency));
        await App.DispatchAsync(number, "heating");
        return number;
    }
}
