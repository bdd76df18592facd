using Hotline.Domain.Notifications;
using Hotline.Domain.Tickets;
using Hotline.Services.Common;
using Hotline.Services.Supervision;
using Hotline.Services.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Tests.Decisions;

public sealed class ExtensionDecisionTests(DatabaseFixture app) : DatabaseTest<DatabaseFixture>(app), IClassFixture<DatabaseFixture>
{
    private static readonly TimeSpan ThreeDays = TimeSpan.FromDays(3);

    [Fact]
    public async Task An_approved_extension_moves_the_unit_s_resolution_deadline_and_is_counted()
    {
        var number = await App.DispatchedTicketAsync("ecology");
        var requestId = await App.RequestExtensionAsync(number, ThreeDays, "ecology");
        var before = (await App.StoredAsync(number)).Assignments.Single();
        App.Clock.Advance(TimeSpan.FromMinutes(30));

        var result = await App.DecideExtensionAsync(number, requestId, approve: true, note: "同意延期至配件到货");

        result.Errors.ShouldBeEmpty();
        var stored = await App.ReadAsync(db => db.Assignments.AsNoTracking().SingleAsync(a => a.Id == before.Id));
        stored.ResolveDueAt.ShouldBe(before.ResolveDueAt + ThreeDays);
        stored.SignForDueAt.ShouldBe(before.SignForDueAt);
        stored.ExtensionCount.ShouldBe(1);
        var request = await App.ReadAsync(db => db.ExtensionRequests.AsNoTracking().SingleAsync(e => e.Id == requestId));
        request.Status.ShouldBe(RequestStatus.Approved);
        request.PreviousDueAt.ShouldBe(before.ResolveDueAt);
        request.DecidedAt.ShouldBe(App.Clock.GetUtcNow());
        request.DecisionNote.ShouldBe("同意延期至配件到货");
        (await App.StoredAsync(number)).Status.ShouldBe(TicketStatus.InProgress);
        var ecology = await App.UnitIdAsync("ecology");
        var counts = await App.UseAsync<UnitRequestCountService, IReadOnlyDictionary<int, UnitRequestCount>>(s => s.ThisMonthAsync([ecology]));
        counts[ecology].ExtensionsApproved.ShouldBe(1);
        counts[ecology].ReturnsApproved.ShouldBe(0);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \n ")]
    public async Task A_rejection_needs_a_note_and_without_one_nothing_changes(string? note)
    {
        var number = await App.DispatchedTicketAsync();
        var requestId = await App.RequestExtensionAsync(number, ThreeDays);

        var result = await App.DecideExtensionAsync(number, requestId, approve: false, note: note);

        result.Errors.ShouldHaveSingleItem().ShouldBe(new Common.ServiceError(nameof(ExtensionDecisionInput.Note), "Decision.Error.NoteRequired"));
        var request = await App.ReadAsync(db => db.ExtensionRequests.AsNoTracking().SingleAsync(e => e.Id == requestId));
        request.Status.ShouldBe(RequestStatus.Pending);
        (await App.NotifiedAsync(number, NotificationKind.ExtensionDecided)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_rejected_extension_leaves_the_deadline_where_it_was()
    {
        var number = await App.DispatchedTicketAsync();
        var requestId = await App.RequestExtensionAsync(number, ThreeDays);
        var before = (await App.StoredAsync(number)).Assignments.Single();

        var result = await App.DecideExtensionAsync(number, requestId, approve: false, note: "配件本地可购，请按期办结。");

        result.Errors.ShouldBeEmpty();
        var ticket = await App.StoredAsync(number);
        ticket.Assignments.Single().ResolveDueAt.ShouldBe(before.ResolveDueAt);
        ticket.Assignments.Single().ExtensionCount.ShouldBe(0);
        var request = ticket.Extensions.Single(e => e.Id == requestId);
        request.Status.ShouldBe(RequestStatus.Rejected);
        request.DecisionNote.ShouldBe("配件本地可购，请按期办结。");
        ticket.Events.OrderBy(e => e.Id).Last().Action.ShouldBe(TicketAction.DecideExtension);
    }

    [Fact]
    public async Task Both_decisions_notify_the_unit_s_liaisons()
    {
        var approved = await App.DispatchedTicketAsync("water");
        var approvedId = await App.RequestExtensionAsync(approved, ThreeDays, "water");
        var rejected = await App.DispatchedTicketAsync("water");
        var rejectedId = await App.RequestExtensionAsync(rejected, ThreeDays, "water");

        (await App.DecideExtensionAsync(approved, approvedId, approve: true)).Errors.ShouldBeEmpty();
        (await App.DecideExtensionAsync(rejected, rejectedId, approve: false, note: "请按期办结")).Errors.ShouldBeEmpty();

        (await App.NotifiedAsync(approved, NotificationKind.ExtensionDecided)).ShouldBe(["liaison-water"]);
        (await App.NotifiedAsync(rejected, NotificationKind.ExtensionDecided)).ShouldBe(["liaison-water"]);
    }

    [Fact]
    public async Task A_form_older_than_the_ticket_is_refused_as_changed_by_someone_else()
    {
        var number = await App.DispatchedTicketAsync();
        var requestId = await App.RequestExtensionAsync(number, ThreeDays);
        var seen = await App.VersionAsync(number);
        (await App.DecideExtensionAsync(number, requestId, approve: false, note: "请按期办结", version: seen)).Errors.ShouldBeEmpty();

        var second = await App.DecideExtensionAsync(number, requestId, approve: true, version: seen);

        second.Errors.ShouldHaveSingleItem().Code.ShouldBe(ServiceError.Concurrency);
        var request = await App.ReadAsync(db => db.ExtensionRequests.AsNoTracking().SingleAsync(e => e.Id == requestId));
        request.Status.ShouldBe(RequestStatus.Rejected);
        (await App.StoredAsync(number)).Assignments.Single().ExtensionCount.ShouldBe(0);
    }

    [Theory]
    [InlineData("dispatcher")]
    [InlineData("agent")]
    [InlineData("admin")]
    [InlineData("liaison-heating")]
    public async Task Only_a_supervisor_decides_an_extension(string userName)
    {
        var number = await App.DispatchedTicketAsync();
        var requestId = await App.RequestExtensionAsync(number, ThreeDays);
        var before = (await App.StoredAsync(number)).Assignments.Single().ResolveDueAt;

        var result = await App.DecideExtensionAsync(number, requestId, approve: true, userName: userName);

        result.Errors.ShouldHaveSingleItem().Code.ShouldBe("Ticket.Error.RoleNotAllowed");
        (await App.StoredAsync(number)).Assignments.Single().ResolveDueAt.ShouldBe(before);
    }

    [Fact]
    public async Task A_request_already_decided_cannot_be_decided_again()
    {
        var number = await App.DispatchedTicketAsync();
        var requestId = await App.RequestExtensionAsync(number, ThreeDays);
        (await App.DecideExtensionAsync(number, requestId, approve: true)).Errors.ShouldBeEmpty();

        var again = await App.DecideExtensionAsync(number, requestId, approve: true);

        again.Errors.ShouldHaveSingleItem().Code.ShouldBe("Workbench.Error.NoPendingExtension");
        (await App.StoredAsync(number)).Assignments.Single().ExtensionCount.ShouldBe(1);
    }

    [Fact]
    public async Task The_pending_list_shows_current_and_proposed_deadlines_oldest_first()
    {
        var first = await App.DispatchedTicketAsync();
        var firstId = await App.RequestExtensionAsync(first, ThreeDays);
        var requestedAt = App.Clock.GetUtcNow();
        App.Clock.Advance(TimeSpan.FromMinutes(5));
        var second = await App.DispatchedTicketAsync("water");
        var secondId = await App.RequestExtensionAsync(second, TimeSpan.FromDays(1), "water");
        var due = (await App.StoredAsync(first)).Assignments.Single().ResolveDueAt;

        var list = await App.UseAsync<ExtensionDecisionService, Common.PagedList<PendingExtension>>(s => s.PendingAsync(1, 100));

        var mine = list.Items.Where(i => i.RequestId == firstId || i.RequestId == secondId).ToList();
        mine.Select(i => i.Number).ShouldBe([first, second]);
        mine[0].Unit.Zh.ShouldBe("市热力有限公司");
        mine[0].Reason.ShouldBe(UnitRequests.ExtensionReason);
        mine[0].RequestedAt.ShouldBe(requestedAt);
        mine[0].CurrentDueAt.ShouldBe(due);
        mine[0].ProposedDueAt.ShouldBe(due + ThreeDays);
        mine[0].Version.ShouldBe(await App.VersionAsync(first));
    }

    [Fact]
    public async Task A_decided_request_leaves_the_pending_list()
    {
        var number = await App.DispatchedTicketAsync();
        var requestId = await App.RequestExtensionAsync(number, ThreeDays);

        (await App.DecideExtensionAsync(number, requestId, approve: true)).Errors.ShouldBeEmpty();

        var list = await App.UseAsync<ExtensionDecisionService, Common.PagedList<PendingExtension>>(s => s.PendingAsync(1, 100));
        list.Items.ShouldNotContain(i => i.RequestId == requestId);
    }
}
