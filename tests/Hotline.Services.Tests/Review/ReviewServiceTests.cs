using Hotline.Domain.Deadlines;
using Hotline.Domain.Notifications;
using Hotline.Domain.Performance;
using Hotline.Domain.Tickets;
using Hotline.Services.Common;
using Hotline.Services.Dashboards;
using Hotline.Services.Deadlines;
using Hotline.Services.Delegation;
using Hotline.Services.Review;
using Hotline.Services.Tests.Infrastructure;
using Hotline.Services.Tests.Workbench;
using Hotline.Services.Tickets;
using Hotline.Services.Workbench;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Tests.Review;

/// <summary>审核 on PostgreSQL: which replies wait, the review clock, pass, send back, the queue and what the checks found.</summary>
public sealed class ReviewServiceTests(DatabaseFixture app) : DatabaseTest<DatabaseFixture>(app), IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task A_complaints_reply_waits_in_review_with_its_clock_from_the_policy_and_passing_starts_the_callback_clock()
    {
        await App.ReviewPolicyOnAsync();
        var number = await App.ContactedComplaintAsync();

        (await App.ResolveAsync(number)).Errors.ShouldBeEmpty();

        var submittedAt = App.Clock.GetUtcNow();
        var ticket = await App.StoredAsync(number);
        ticket.Status.ShouldBe(TicketStatus.UnderReview);
        ticket.AwaitingCallback.ShouldBeFalse();
        ticket.ReplyFlags.ShouldBe(ReplyFlags.None);
        ticket.Assignments.Single().ResolvedAt.ShouldBe(submittedAt);
        var reviewDue = await App.UseAsync<DeadlineService, DateTimeOffset>(d => d.DueAsync(submittedAt, ReviewPolicy.DefaultLimit));
        ticket.ReviewDueAt.ShouldBe(reviewDue);
        (await App.ReadAsync(db => db.RunningClocks.CountAsync(c => c.TicketId == ticket.Id))).ShouldBe(0, "no unit clock runs while the reply is in review");

        var queue = await App.UseAsync<ReviewService, PagedList<ReviewQueueItem>>(async s => await s.QueueAsync(await App.ViewerAsync("supervisor")));
        var row = queue.Items.Single(i => i.Number == number);
        (row.Number, row.ReviewDueAt, row.Flags, row.ReviewReturns).ShouldBe((number, reviewDue, ReplyFlags.None, 0));
        row.ReplyExcerpt.ShouldStartWith(WorkbenchSteps.Result);

        App.Clock.Advance(TimeSpan.FromHours(1));
        (await App.PassAsync(number, "答复完整。")).Errors.ShouldBeEmpty();

        ticket = await App.StoredAsync(number);
        ticket.Status.ShouldBe(TicketStatus.Resolved);
        ticket.ResolvedAt.ShouldBe(App.Clock.GetUtcNow());
        ticket.AwaitingCallback.ShouldBeTrue();
        var callbackDue = await App.UseAsync<DeadlineService, DateTimeOffset>(async d =>
            await d.DueAsync(App.Clock.GetUtcNow(), (await d.PolicyForAsync(ticket.RequestType, ticket.Urgency)).Callback));
        ticket.CallbackDueAt.ShouldBe(callbackDue);
        ticket.Events.Select(e => e.Action).TakeLast(2).ShouldBe([TicketAction.SubmitForReview, TicketAction.PassReview]);
        (await App.UseAsync<ReviewService, PagedList<ReviewQueueItem>>(async s => await s.QueueAsync(await App.ViewerAsync("supervisor"))))
            .Items.ShouldNotContain(i => i.Number == number);
    }

    [Fact]
    public async Task A_reply_sent_back_goes_to_the_same_unit_counted_and_notified_and_the_same_words_again_are_flagged()
    {
        // Later than the other tests of the class, whose replies would otherwise be the unit's latest.
        App.Clock.Advance(TimeSpan.FromDays(7));
        await App.ReviewPolicyOnAsync();
        var number = await App.ContactedComplaintAsync();
        await App.ResolveAsync(number);

        App.Clock.Advance(TimeSpan.FromMinutes(30));
        (await App.SendBackAsync(number, "答复未说明阀门更换后的室温。")).Errors.ShouldBeEmpty();

        var ticket = await App.StoredAsync(number);
        ticket.Status.ShouldBe(TicketStatus.InProgress);
        var lead = ticket.Assignments.Single();
        (lead.UnitId, lead.ResolvedAt, lead.ReviewReturns).ShouldBe((await App.UnitIdAsync("heating"), (DateTimeOffset?)null, 1));
        ticket.Events[^1].Note.ShouldBe("答复未说明阀门更换后的室温。");
        (await App.ReadAsync(db => db.Notifications.CountAsync(n => n.TicketNumber == number && n.Kind == NotificationKind.ReviewSentBack))).ShouldBeGreaterThan(0);
        (await App.ReadAsync(db => db.RunningClocks.CountAsync(c => c.TicketId == ticket.Id && c.Clock == ClockKind.Resolve))).ShouldBe(1);

        App.Clock.Advance(TimeSpan.FromMinutes(30));
        (await App.ResolveAsync(number)).Errors.ShouldBeEmpty();

        var again = await App.UseAsync<ReviewService, ReviewTicket?>(async s => await s.TicketAsync(number, await App.ViewerAsync("supervisor")));
        again.ShouldNotBeNull();
        again.Flags.ShouldBe(ReplyFlags.Repeated, "the same words as the unit's reply sent back");
        again.ReviewReturns.ShouldBe(1);
        again.History.Select(h => h.Action).ShouldBe([TicketAction.SubmitForReview, TicketAction.SendBackFromReview, TicketAction.SubmitForReview]);
        again.History[1].Note.ShouldBe("答复未说明阀门更换后的室温。");

        // The unit's measures count the send-back (from the rollup, by the assignment's dispatch day), before and after folding.
        var heating = await App.UnitIdAsync("heating");
        var month = Period.Containing(PeriodKind.Month, DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(lead.DispatchedAt,
            TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).DateTime));
        async Task<long> ReviewReturnsAsync() =>
            (await App.UseAsync<UnitMeasuresService, IReadOnlyDictionary<int, UnitCounts>>(m => m.CountAsync(month, heating)))[heating].ReviewReturns;
        var window = await App.UseAsync<UnitMeasuresService, MeasureWindow>(m => Task.FromResult(m.WindowFor(month)));
        var sentBack = await App.ReadAsync(db => db.Assignments
            .Where(a => a.UnitId == heating && a.Role == AssignmentRole.Lead && a.DispatchedAt >= window.Start && a.DispatchedAt < window.End)
            .SumAsync(a => a.ReviewReturns));
        sentBack.ShouldBeGreaterThanOrEqualTo(1);
        (await ReviewReturnsAsync()).ShouldBe(sentBack);
        await App.ReadAsync(db => FigureFoldService.FoldAsync(db));
        (await ReviewReturnsAsync()).ShouldBe(sentBack);
    }

    [Fact]
    public async Task A_consultation_goes_straight_to_the_callback_and_a_supervised_one_waits_for_review()
    {
        await App.ReviewPolicyOnAsync();
        await App.WriteAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE review_policies SET always = false WHERE request_type = 3"));
        var plain = await App.ContactedComplaintAsync();
        (await App.ResolveAsync(plain)).Errors.ShouldBeEmpty();
        (await App.TicketAsync(plain)).Status.ShouldBe(TicketStatus.Resolved);

        var supervised = await App.ContactedComplaintAsync();
        await App.WriteAsync(async db =>
        {
            var ticket = await db.Tickets.Include(t => t.Assignments).SingleAsync(t => t.Number == supervised);
            var supervisor = await App.ViewerAsync("supervisor");
            ticket.Supervise(SupervisionLevel.Key, "市民多次来电。", null, supervisor.Actor, App.Clock.GetUtcNow());
            await db.SaveChangesAsync();
        });
        (await App.ResolveAsync(supervised)).Errors.ShouldBeEmpty();
        (await App.TicketAsync(supervised)).Status.ShouldBe(TicketStatus.UnderReview);
    }

    [Fact]
    public async Task Of_two_reviewers_deciding_on_what_they_both_saw_one_wins_and_the_other_is_told_it_changed()
    {
        await App.ReviewPolicyOnAsync();
        var number = await App.ContactedComplaintAsync();
        await App.ResolveAsync(number);
        var seen = await App.VersionAsync(number);

        (await App.PassAsync(number, version: seen)).Errors.ShouldBeEmpty();
        var late = await App.SendBackAsync(number, "不完整。", version: seen);

        late.Errors.ShouldHaveSingleItem().Code.ShouldBe(ServiceError.Concurrency);
        var ticket = await App.StoredAsync(number);
        ticket.Status.ShouldBe(TicketStatus.Resolved);
        ticket.Assignments.Single().ReviewReturns.ShouldBe(0);
        ticket.Events.Count(e => e.Action is TicketAction.PassReview or TicketAction.SendBackFromReview).ShouldBe(1);
    }

    [Fact]
    public async Task Sending_back_without_a_reason_and_deciding_as_anyone_but_a_supervisor_are_refused_and_nothing_changes()
    {
        await App.ReviewPolicyOnAsync();
        var number = await App.ContactedComplaintAsync();
        await App.ResolveAsync(number);
        var version = await App.VersionAsync(number);

        (await App.SendBackAsync(number, "  ")).Errors.ShouldHaveSingleItem().Code.ShouldBe("Decision.Error.NoteRequired");
        (await App.PassAsync(number, user: "agent")).Errors.ShouldHaveSingleItem().Code.ShouldBe("Ticket.Error.RoleNotAllowed");
        (await App.SendBackAsync(number, "不完整。", user: "dispatcher")).Errors.ShouldHaveSingleItem().Code.ShouldBe("Ticket.Error.RoleNotAllowed");
        (await App.UseAsync<ReviewService, PagedList<ReviewQueueItem>>(async s => await s.QueueAsync(await App.ViewerAsync("agent")))).TotalCount.ShouldBe(0);
        (await App.UseAsync<ReviewService, ReviewTicket?>(async s => await s.TicketAsync(number, await App.ViewerAsync("liaison-heating")))).ShouldBeNull();

        (await App.VersionAsync(number)).ShouldBe(version);
        (await App.TicketAsync(number)).Status.ShouldBe(TicketStatus.UnderReview);
    }

    [Fact]
    public async Task Holdings_with_a_review_sent_back_and_passed_sum_to_the_tickets_life()
    {
        await App.ReviewPolicyOnAsync();
        var number = await App.ContactedComplaintAsync();
        await App.ResolveAsync(number);
        App.Clock.Advance(TimeSpan.FromMinutes(40));
        await App.SendBackAsync(number, "请补充处理结果。");
        App.Clock.Advance(TimeSpan.FromHours(2));
        await App.ResolveAsync(number, $"{WorkbenchSteps.Result}已复查，室温正常（{number}）。");
        App.Clock.Advance(TimeSpan.FromHours(3));
        await App.PassAsync(number);
        App.Clock.Advance(TimeSpan.FromHours(1));

        var ticket = await App.StoredAsync(number);
        var holdings = HoldingTimeline.Of(ticket, App.Clock.GetUtcNow());

        holdings.Where(h => h.IsLead).Select(h => h.Kind).ShouldBe(
            [HolderKind.Dispatch, HolderKind.Unit, HolderKind.Review, HolderKind.Unit, HolderKind.Review, HolderKind.Callback]);
        holdings.Where(h => h.IsLead).Aggregate(TimeSpan.Zero, (sum, h) => sum + h.Natural(App.Clock.GetUtcNow()))
            .ShouldBe(App.Clock.GetUtcNow() - ticket.RegisteredAt);
    }

    [Fact]
    public async Task A_sub_unit_s_reply_sent_back_goes_back_to_the_sub_unit_with_the_parent_told_and_both_reopened()
    {
        await App.ReviewPolicyOnAsync();
        var number = await App.GivenToAsync("laishan");
        await App.SignForAsync(number, "liaison-laishan");
        var delegation = new DelegationInput
        {
            SubUnitId = await App.UnitIdAsync("laishan-huanghai"),
            Instruction = "请街道上门核实处理。",
            Version = await App.VersionAsync(number),
        };
        var district = await App.ViewerAsync("liaison-laishan");
        (await App.UseAsync<DelegationService, ServiceResult<string>>(s => s.DelegateAsync(number, delegation, district))).Errors.ShouldBeEmpty();
        const string township = "liaison-laishan-huanghai";
        App.Clock.Advance(TimeSpan.FromMinutes(10));
        await App.SignForAsync(number, township);
        await App.ContactAsync(number, township);
        App.Clock.Advance(TimeSpan.FromHours(1));
        var version = await App.VersionAsync(number);
        (await App.ActAsync(township, (s, v) => s.ResolveAsync(number,
            new ResolveInput { Result = $"{WorkbenchSteps.Result}（{number}）", Outcome = ResolutionOutcome.Solved, Version = version }, v))).Errors.ShouldBeEmpty();
        (await App.TicketAsync(number)).Status.ShouldBe(TicketStatus.UnderReview);

        // The reviewer sees who wrote the reply: the sub-district, for the district that answers for it.
        var districtName = await App.ReadAsync(db => db.Units.Where(u => u.Code == "laishan").Select(u => u.NameZh).SingleAsync());
        var townshipName = await App.ReadAsync(db => db.Units.Where(u => u.Code == "laishan-huanghai").Select(u => u.NameZh).SingleAsync());
        var reviewer = await App.ViewerAsync("supervisor");
        var queued = (await App.UseAsync<ReviewService, PagedList<ReviewQueueItem>>(s => s.QueueAsync(reviewer, 1, 100))).Items.Single(i => i.Number == number);
        (queued.Unit.Zh, queued.RepliedBy?.Zh).ShouldBe((districtName, townshipName));
        var reading = (await App.UseAsync<ReviewService, ReviewTicket?>(s => s.TicketAsync(number, reviewer))).ShouldNotBeNull();
        (reading.Unit.Zh, reading.RepliedBy?.Zh).ShouldBe((districtName, townshipName));

        App.Clock.Advance(TimeSpan.FromMinutes(30));
        (await App.SendBackAsync(number, "未说明复查情况。")).Errors.ShouldBeEmpty();

        var ticket = await App.StoredAsync(number);
        var sub = ticket.Assignments.Single(a => a.IsDelegated);
        var parent = ticket.Assignments.Single(a => a.IsLead);
        (ticket.Status, sub.IsActive, sub.ResolvedAt, sub.ReviewReturns).ShouldBe((TicketStatus.InProgress, true, (DateTimeOffset?)null, 1));
        (parent.ResolvedAt, parent.ReviewReturns).ShouldBe(((DateTimeOffset?)null, 1));
        ticket.Events[^1].UnitId.ShouldBe(await App.UnitIdAsync("laishan-huanghai"));
        // The sub-unit's resolution clock runs again (its workbench shows it), and both units are told.
        (await App.ReadAsync(db => db.RunningClocks.CountAsync(c => c.TicketId == ticket.Id && c.UnitId == sub.UnitId && c.Clock == ClockKind.Resolve)))
            .ShouldBe(1);
        var told = await App.ReadAsync(db => db.Notifications.Where(n => n.TicketNumber == number && n.Kind == NotificationKind.ReviewSentBack)
            .Select(n => n.UserId).ToListAsync());
        told.ShouldContain((await App.ViewerAsync(township)).Actor.UserId);
        told.ShouldContain(district.Actor.UserId);
        var workbench = (await App.WorkbenchTicketAsync(number, township)).ShouldNotBeNull();
        workbench.CanResolve.ShouldBeTrue();

        // The sub-unit replies again; the reviewer passes it.
        App.Clock.Advance(TimeSpan.FromMinutes(30));
        version = await App.VersionAsync(number);
        (await App.ActAsync(township, (s, v) => s.ResolveAsync(number,
            new ResolveInput { Result = $"{WorkbenchSteps.Result}次日已复查（{number}）", Outcome = ResolutionOutcome.Solved, Version = version }, v))).Errors.ShouldBeEmpty();
        (await App.PassAsync(number)).Errors.ShouldBeEmpty();
        (await App.TicketAsync(number)).Status.ShouldBe(TicketStatus.Resolved);

        // The ticket page's rows (one read) give the holdings the ticket itself gives: the sub-unit's two, then the parent's.
        App.Clock.Advance(TimeSpan.FromHours(1));
        var now = App.Clock.GetUtcNow();
        var detail = await App.UseAsync<TicketQueryService, TicketDetail?>(async s => await s.GetAsync(number, await App.ViewerAsync("supervisor")));
        var fromRows = HoldingTimeline.Of(detail.ShouldNotBeNull().Held, now);
        fromRows.Select(Described).ShouldBe(HoldingTimeline.Of(await App.StoredAsync(number), now).Select(Described));
        fromRows.Count(h => h.IsDelegated).ShouldBe(2);

        // The timeline and the holdings name the sub-unit for its parent wherever it acted; the parent's own acts stay its own.
        detail.Timeline.Where(e => e.Action is TicketAction.SignFor or TicketAction.SubmitForReview or TicketAction.SendBackFromReview)
            .Select(e => (e.Unit?.Zh, e.ForUnit?.Zh))
            .ShouldBe([(districtName, null), (townshipName, districtName), (townshipName, districtName), (townshipName, districtName), (townshipName, districtName)]);
        detail.Timeline.Single(e => e.Action == TicketAction.Delegate).ForUnit.ShouldBeNull();
        var holdings = await App.UseAsync<HoldingService, HoldingsView>(s => s.ViewAsync(detail));
        holdings.Assisting.Where(h => h.Holding.IsDelegated).Select(h => h.ForUnit?.Zh).ShouldBe([districtName, districtName]);
        holdings.Lead.ShouldAllBe(h => h.ForUnit == null);
    }

    private static string Described(Holding h) =>
        $"{h.Round} {h.Kind} {h.UnitId} {h.IsLead} {h.IsDelegated} {h.From:O} {h.To:O} {h.End} {string.Join("; ", h.Deadlines)}";
}
