using Hotline.Domain.Common;
using Hotline.Domain.Tickets;
using Hotline.Services.Dispatch;
using Hotline.Services.Intake;
using Hotline.Services.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Hotline.Services.Tests.Dispatch.DispatchSteps;

namespace Hotline.Services.Tests.Dispatch;

/// <summary>The dispatcher's queue holds only tickets waiting for dispatch: urgent ones first, then by dispatch deadline (after any supervised ones).</summary>
public sealed class DispatchQueueOrderTests(DatabaseFixture app) : DatabaseTest<DatabaseFixture>(app), IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Only_tickets_waiting_for_dispatch_are_listed()
    {
        var heating = await App.CategoryIdAsync("utilities-heating");
        var waiting = await App.RegisterAsync(IntakeInputs.Register(heating));
        var dispatched = await App.RegisterAsync(IntakeInputs.Register(heating));
        await App.DispatchAsync(dispatched, "heating");
        var merged = await App.RegisterAsync(IntakeInputs.Register(heating));
        (await App.TryMergeAsync(merged, waiting)).Errors.ShouldBeEmpty();
        var answered = (await App.IntakeAsync(IntakeInputs.AnswerDirectly(heating, null, "已当场答复。"), IntakeAction.AnswerDirectly))
            .Value!.TicketNumber!;

        var queue = await App.QueueAsync(new DispatchQueueFilter { PageSize = Limits.PageSizeMax });

        var numbers = queue.Items.Select(i => i.Number).ToList();
        numbers.ShouldContain(waiting);
        numbers.ShouldNotContain(dispatched);
        numbers.ShouldNotContain(merged);
        numbers.ShouldNotContain(answered);
        var statuses = await App.ReadAsync(db => db.Tickets.Where(t => numbers.Contains(t.Number)).Select(t => t.Status).Distinct().ToListAsync());
        statuses.ShouldBe([TicketStatus.PendingDispatch]);
        queue.TotalCount.ShouldBe(await App.ReadAsync(db => db.Tickets.CountAsync(t => t.Status == TicketStatus.PendingDispatch)));
    }

    [Fact]
    public async Task Urgent_tickets_come_first_then_the_earliest_dispatch_deadline()
    {
        var heating = await App.CategoryIdAsync("utilities-heating");
        // 10:00 consultation (due 11:00), 10:20 urgent (due 10:35), 10:30 complaint (due 14:30), 10:50 urgent (due 11:05):
        // the later urgent one still goes before the consultation due earlier.
        var consultation = await App.RegisterAsync(IntakeInputs.Register(heating, "市民咨询今年供暖期从哪天开始。", type: RequestType.Consultation));
        App.Clock.Advance(TimeSpan.FromMinutes(20));
        var earlyUrgent = await App.RegisterAsync(IntakeInputs.Register(heating, type: RequestType.HelpRequest, urgency: Urgency.Urgent));
        App.Clock.Advance(TimeSpan.FromMinutes(10));
        var complaint = await App.RegisterAsync(IntakeInputs.Register(heating));
        App.Clock.Advance(TimeSpan.FromMinutes(20));
        var lateUrgent = await App.RegisterAsync(IntakeInputs.Register(heating, type: RequestType.Complaint, urgency: Urgency.Urgent));

        var queue = await App.QueueAsync(new DispatchQueueFilter { PageSize = Limits.PageSizeMax });

        var mine = new[] { complaint, earlyUrgent, consultation, lateUrgent };
        queue.Items.Select(i => i.Number).Where(mine.Contains).ShouldBe([earlyUrgent, lateUrgent, consultation, complaint]);
        var byNumber = queue.Items.ToDictionary(i => i.Number);
        byNumber[earlyUrgent].DispatchDueAt.ShouldBe(Local(2026, 11, 23, 10, 35));
        byNumber[lateUrgent].DispatchDueAt.ShouldBe(Local(2026, 11, 23, 11, 5));
        byNumber[consultation].DispatchDueAt.ShouldBe(Local(2026, 11, 23, 11, 0));
        byNumber[complaint].DispatchDueAt.ShouldBe(Local(2026, 11, 23, 14, 30));
        // Whatever else waits, the whole queue keeps the rule (supervised tickets, none here, would go on top: DispatchQueueSupervisionTests).
        queue.Items.ShouldBe(queue.Items.OrderByDescending(i => i.Supervision ?? 0).ThenByDescending(i => i.Urgency).ThenBy(i => i.DispatchDueAt).ToList());
    }

    [Fact]
    public async Task An_overdue_normal_ticket_still_comes_after_an_urgent_one_not_yet_due()
    {
        var heating = await App.CategoryIdAsync("utilities-heating");
        var overdue = await App.RegisterAsync(IntakeInputs.Register(heating, type: RequestType.Consultation));
        App.Clock.Advance(TimeSpan.FromHours(2));
        var urgent = await App.RegisterAsync(IntakeInputs.Register(heating, urgency: Urgency.Urgent));

        var queue = await App.QueueAsync(new DispatchQueueFilter { PageSize = Limits.PageSizeMax });

        queue.Items.Select(i => i.Number).Where(n => n == overdue || n == urgent).ShouldBe([urgent, overdue]);
    }

    [Fact]
    public async Task A_row_shows_what_the_dispatcher_needs_to_choose_a_unit()
    {
        var content = new string('暖', DispatchService.ExcerptLength + 20);
        var number = await App.RegisterAsync(IntakeInputs.Register(await App.CategoryIdAsync("utilities-heating"), content,
            areaUnitId: await App.UnitIdAsync("laishan-huanghai")));
        (await App.IntakeAsync(IntakeInputs.Urge(number), IntakeAction.Urge)).Errors.ShouldBeEmpty();

        var row = (await App.QueueAsync(new DispatchQueueFilter { PageSize = Limits.PageSizeMax })).Items.Single(i => i.Number == number);

        row.RequestType.ShouldBe(RequestType.Complaint);
        row.Urgency.ShouldBe(Urgency.Normal);
        row.RegisteredAt.ShouldBe(Local(2026, 11, 23, 10, 0));
        row.Category.Zh.ShouldBe("供暖");
        row.Area!.Zh.ShouldBe("莱山区黄海路街道");
        row.SuggestedUnit!.Zh.ShouldBe("市热力有限公司");
        row.Content.ShouldBe(content[..DispatchService.ExcerptLength]);
        row.UrgeCount.ShouldBe(1);
    }
}
