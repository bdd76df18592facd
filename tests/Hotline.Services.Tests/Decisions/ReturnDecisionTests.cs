using Hotline.Domain.Notifications;
using Hotline.Domain.Tickets;
using Hotline.Services.Common;
using Hotline.Services.Dispatch;
using Hotline.Services.Supervision;
using Hotline.Services.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Tests.Decisions;

public sealed class ReturnDecisionTests(DatabaseFixture app) : DatabaseTest<DatabaseFixture>(app), IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task An_approved_return_puts_the_ticket_back_in_the_dispatch_queue_and_ends_the_unit_s_assignment()
    {
        var number = await App.DispatchedTicketAsync();
        await App.RequestReturnAsync(number);
        App.Clock.Advance(TimeSpan.FromMinutes(20));

        var result = await App.ApproveReturnAsync(number, "改派物业主管部门");

        result.Errors.ShouldBeEmpty();
        var ticket = await App.StoredAsync(number);
        ticket.Status.ShouldBe(TicketStatus.PendingDispatch);
        ticket.LeadUnitId.ShouldBeNull();
        var lead = ticket.Assignments.ShouldHaveSingleItem();
        lead.IsActive.ShouldBeFalse();
        lead.ReturnStatus.ShouldBe(RequestStatus.Approved);
        lead.ReturnDecidedAt.ShouldBe(App.Clock.GetUtcNow());
        // A fresh dispatch clock from the approval, not the first registration's (long past) limit.
        var expectedDue = await App.UseAsync<Hotline.Services.Deadlines.DeadlineService, DateTimeOffset>(s =>
            s.DispatchDueAsync(ticket.RequestType, ticket.Urgency, App.Clock.GetUtcNow()));
        ticket.DispatchDueAt.ShouldBe(expectedDue);
        ticket.DispatchDueAt.ShouldNotBeNull().ShouldBeGreaterThan(App.Clock.GetUtcNow());
        var decided = ticket.Events.OrderBy(e => e.Id).Last();
        decided.Action.ShouldBe(TicketAction.ApproveReturn);
        decided.Note.ShouldBe("改派物业主管部门");
        var queue = await App.UseAsync<DispatchService, Common.PagedList<QueueItem>>(s => s.QueueAsync(new DispatchQueueFilter { PageSize = 100 }));
        queue.Items.Select(i => i.Number).ShouldContain(number);
    }

    [Fact]
    public async Task A_returned_ticket_can_be_dispatched_again_to_another_unit()
    {
        var number = await App.DispatchedTicketAsync();
        await App.RequestReturnAsync(number);
        (await App.ApproveReturnAsync(number)).Errors.ShouldBeEmpty();

        await App.DispatchAsync(number, "housing");

        var ticket = await App.StoredAsync(number);
        ticket.Status.ShouldBe(TicketStatus.Dispatched);
        ticket.LeadUnitId.ShouldBe(await App.UnitIdAsync("housing"));
        ticket.Assignments.Single(a => a.IsActive).UnitId.ShouldBe(await App.UnitIdAsync("housing"));
        ticket.Assignments.Single(a => !a.IsActive).UnitId.ShouldBe(await App.UnitIdAsync("heating"));
    }

    [Fact]
    public async Task A_rejected_return_sends_the_ticket_back_to_the_unit_with_its_clocks_unchanged()
    {
        var number = await App.DispatchedTicketAsync();
        await App.RequestReturnAsync(number);
        var before = (await App.StoredAsync(number)).Assignments.Single();
        App.Clock.Advance(TimeSpan.FromHours(1));

        var result = await App.RejectReturnAsync(number, "经核实属热力公司管网范围，请继续办理。");

        result.Errors.ShouldBeEmpty();
        var ticket = await App.StoredAsync(number);
        ticket.Status.ShouldBe(TicketStatus.InProgress);
        ticket.LeadUnitId.ShouldBe(await App.UnitIdAsync("heating"));
        var lead = ticket.Assignments.ShouldHaveSingleItem();
        lead.IsActive.ShouldBeTrue();
        lead.ReturnStatus.ShouldBe(RequestStatus.Rejected);
        lead.SignForDueAt.ShouldBe(before.SignForDueAt);
        lead.FirstContactDueAt.ShouldBe(before.FirstContactDueAt);
        lead.ResolveDueAt.ShouldBe(before.ResolveDueAt);
        lead.SignedForAt.ShouldBe(before.SignedForAt);
    }

    [Fact]
    public async Task A_return_asked_before_signing_for_goes_back_to_dispatched_when_rejected()
    {
        var number = await App.DispatchedTicketAsync();
        await App.RequestReturnAsync(number, signFirst: false);

        (await App.RejectReturnAsync(number, "属于贵单位职责，请签收办理。")).Errors.ShouldBeEmpty();

        (await App.StoredAsync(number)).Status.ShouldBe(TicketStatus.Dispatched);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public async Task A_rejection_without_a_note_is_refused_and_changes_nothing(string? note)
    {
        var number = await App.DispatchedTicketAsync();
        await App.RequestReturnAsync(number);

        var result = await App.RejectReturnAsync(number, note);

        result.Errors.ShouldHaveSingleItem().ShouldBe(new Common.ServiceError(nameof(ReturnDecisionInput.Note), "Decision.Error.NoteRequired"));
        var ticket = await App.StoredAsync(number);
        ticket.Status.ShouldBe(TicketStatus.ReturnRequested);
        ticket.Assignments.Single().ReturnStatus.ShouldBe(RequestStatus.Pending);
    }

    [Fact]
    public async Task Both_decisions_notify_every_liaison_of_the_unit()
    {
        var approved = await App.DispatchedTicketAsync();
        await App.RequestReturnAsync(approved);
        var rejected = await App.DispatchedTicketAsync();
        await App.RequestReturnAsync(rejected);

        (await App.ApproveReturnAsync(approved)).Errors.ShouldBeEmpty();
        (await App.RejectReturnAsync(rejected, "请继续办理")).Errors.ShouldBeEmpty();

        (await App.NotifiedAsync(approved, NotificationKind.ReturnDecided)).ShouldBe(["liaison-heating"]);
        (await App.NotifiedAsync(rejected, NotificationKind.ReturnDecided)).ShouldBe(["liaison-heating"]);
        var details = await App.ReadAsync(db => db.Notifications.Where(n => n.TicketNumber == approved || n.TicketNumber == rejected)
            .Where(n => n.Kind == NotificationKind.ReturnDecided).OrderBy(n => n.Id).Select(n => n.Detail).ToListAsync());
        details.ShouldBe(["Approved", "Rejected"]);
    }

    [Fact]
    public async Task A_form_older_than_the_ticket_is_refused_as_changed_by_someone_else()
    {
        var number = await App.DispatchedTicketAsync();
        var stale = await App.VersionAsync(number);
        await App.RequestReturnAsync(number);

        var result = await App.ApproveReturnAsync(number, version: stale);

        result.Errors.ShouldHaveSingleItem().Code.ShouldBe(ServiceError.Concurrency);
        (await App.StoredAsync(number)).Status.ShouldBe(TicketStatus.ReturnRequested);
        (await App.NotifiedAsync(number, NotificationKind.ReturnDecided)).ShouldBeEmpty();
    }

    [Fact]
    public async Task The_second_of_two_dispatchers_deciding_the_same_return_is_told_to_reload()
    {
        var number = await App.DispatchedTicketAsync();
        await App.RequestReturnAsync(number);
        var seen = await App.VersionAsync(number);

        (await App.ApproveReturnAsync(number, version: seen)).Errors.ShouldBeEmpty();
        var second = await App.RejectReturnAsync(number, "请继续办理", version: seen);

        second.Errors.ShouldHaveSingleItem().Code.ShouldBe(ServiceError.Concurrency);
        (await App.StoredAsync(number)).Status.ShouldBe(TicketStatus.PendingDispatch);
    }

    [Theory]
    [InlineData("supervisor")]
    [InlineData("agent")]
    [InlineData("liaison-heating")]
    public async Task Only_a_dispatcher_decides_a_return(string userName)
    {
        var number = await App.DispatchedTicketAsync();
        await App.RequestReturnAsync(number);

        var approve = await App.ApproveReturnAsync(number, userName: userName);
        var reject = await App.RejectReturnAsync(number, "请继续办理", userName: userName);

        approve.Errors.ShouldHaveSingleItem().Code.ShouldBe("Ticket.Error.RoleNotAllowed");
        reject.Errors.ShouldHaveSingleItem().Code.ShouldBe("Ticket.Error.RoleNotAllowed");
        (await App.StoredAsync(number)).Status.ShouldBe(TicketStatus.ReturnRequested);
        (await App.NotifiedAsync(number, NotificationKind.ReturnDecided)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_ticket_without_a_pending_return_cannot_be_decided()
    {
        var number = await App.DispatchedTicketAsync();

        var result = await App.ApproveReturnAsync(number);

        result.Errors.ShouldHaveSingleItem().Code.ShouldBe("Ticket.Error.TransitionNotAllowed");
        (await App.StoredAsync(number)).Status.ShouldBe(TicketStatus.Dispatched);
    }

    [Fact]
    public async Task The_pending_list_shows_each_request_oldest_first_with_unit_reason_and_time()
    {
        var first = await App.DispatchedTicketAsync();
        await App.RequestReturnAsync(first);
        var requestedAt = App.Clock.GetUtcNow();
        App.Clock.Advance(TimeSpan.FromMinutes(5));
        var second = await App.DispatchedTicketAsync("water");
        await App.RequestReturnAsync(second, "water", signFirst: false);

        var list = await App.UseAsync<ReturnDecisionService, Common.PagedList<PendingReturn>>(s => s.PendingAsync(1, 100));

        var mine = list.Items.Where(i => i.Number == first || i.Number == second).ToList();
        mine.Select(i => i.Number).ShouldBe([first, second]);
        mine[0].Unit.Zh.ShouldBe("市热力有限公司");
        mine[0].Reason.ShouldBe(UnitRequests.ReturnReason);
        mine[0].RequestedAt.ShouldBe(requestedAt);
        mine[0].Category.Zh.ShouldNotBeNullOrEmpty();
        mine[0].Version.ShouldBe(await App.VersionAsync(first));
        mine[1].Unit.Zh.ShouldBe("市自来水有限公司");
        list.TotalCount.ShouldBe(await App.ReadAsync(db => db.Tickets.CountAsync(t => t.Status == TicketStatus.ReturnRequested)));
    }

    [Fact]
    public async Task An_approved_return_is_counted_for_the_unit_that_returned_it()
    {
        var number = await App.DispatchedTicketAsync("transport");
        await App.RequestReturnAsync(number, "transport");

        (await App.ApproveReturnAsync(number)).Errors.ShouldBeEmpty();

        var transport = await App.UnitIdAsync("transport");
        var counts = await App.UseAsync<UnitRequestCountService, IReadOnlyDictionary<int, UnitRequestCount>>(s => s.ThisMonthAsync([transport]));
        counts[transport].ReturnsApproved.ShouldBe(1);
        counts[transport].ExtensionsApproved.ShouldBe(0);
    }
}
