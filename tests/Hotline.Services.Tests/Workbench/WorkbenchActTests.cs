using Hotline.Domain.Tickets;
using Hotline.Services.Deadlines;
using Hotline.Services.Tests.Infrastructure;
using Hotline.Services.Workbench;
using Hotline.Testing;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Tests.Workbench;

public sealed class WorkbenchActTests(DatabaseFixture app) : DatabaseTest<DatabaseFixture>(app), IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task A_liaison_signs_for_contacts_and_resolves_and_every_clock_is_stored()
    {
        var number = await App.GivenToAsync();
        App.Clock.Advance(TimeSpan.FromMinutes(20));
        await App.SignForAsync(number);
        App.Clock.Advance(TimeSpan.FromMinutes(30));
        await App.ContactAsync(number);
        App.Clock.Advance(TimeSpan.FromHours(2));
        var version = await App.VersionAsync(number);

        var result = await App.ActAsync("liaison-heating", (s, v) => s.ResolveAsync(number, new ResolveInput
        {
            Result = WorkbenchSteps.Result,
            Outcome = ResolutionOutcome.Solved,
            Version = version,
        }, v));

        result.Errors.ShouldBeEmpty();
        var ticket = await App.ReadAsync(db => db.Tickets.AsNoTracking().Include(t => t.Assignments).Include(t => t.Events).SingleAsync(t => t.Number == number));
        ticket.Status.ShouldBe(TicketStatus.Resolved);
        var lead = ticket.Assignments.Single();
        var dispatchedAt = lead.DispatchedAt;
        lead.SignedForAt.ShouldBe(dispatchedAt.AddMinutes(20));
        lead.FirstContactAt.ShouldBe(new DateTimeOffset(dispatchedAt.AddMinutes(50).Ticks / TimeSpan.TicksPerMinute * TimeSpan.TicksPerMinute, TimeSpan.Zero));
        lead.ResolvedAt.ShouldBe(App.Clock.GetUtcNow());
        ticket.ResolutionText.ShouldBe(WorkbenchSteps.Result);
        ticket.ResolutionOutcome.ShouldBe(ResolutionOutcome.Solved);
        var expectedCallback = await App.UseAsync<DeadlineService, DateTimeOffset>(async d =>
            await d.DueAsync(App.Clock.GetUtcNow(), (await d.PolicyForAsync(ticket.RequestType, ticket.Urgency)).Callback));
        ticket.CallbackDueAt.ShouldBe(expectedCallback);
        ticket.Events.Select(e => e.Action).ShouldBe([TicketAction.Register, TicketAction.Dispatch, TicketAction.SignFor, TicketAction.RecordContact, TicketAction.Resolve]);
        var contact = ticket.Events.Single(e => e.Action == TicketAction.RecordContact);
        (contact.ContactMethod, contact.Note).ShouldBe((ContactMethod.Phone, "已电话联系市民，约定今天下午上门。"));
    }

    [Fact]
    public async Task A_short_result_is_refused_next_to_the_field_and_nothing_changes()
    {
        var number = await App.GivenToAsync();
        await App.SignForAsync(number);
        var version = await App.VersionAsync(number);

        var result = await App.ActAsync("liaison-heating", (s, v) => s.ResolveAsync(number, new ResolveInput
        {
            Result = "已处理",
            Outcome = ResolutionOutcome.CannotBeSolved,
            Version = version,
        }, v));

        result.Errors.ShouldContain(new Common.ServiceError(nameof(ResolveInput.Result), "Workbench.Validation.Result.TooShort"));
        result.Errors.ShouldContain(new Common.ServiceError(nameof(ResolveInput.CannotSolveReason), "Workbench.Error.ReasonRequired"));
        (await App.TicketAsync(number)).Status.ShouldBe(TicketStatus.InProgress);
        (await App.VersionAsync(number)).ShouldBe(version);
    }

    [Fact]
    public async Task A_stale_version_is_refused_as_a_conflict()
    {
        var number = await App.GivenToAsync();
        var seen = await App.VersionAsync(number);
        await App.SignForAsync(number);

        var result = await App.ActAsync("liaison-heating", (s, v) => s.AddNoteAsync(number, new NoteInput { Text = "维修人员已出发。", Version = seen }, v));

        result.Errors.ShouldHaveSingleItem().Code.ShouldBe("Error.Concurrency");
        (await App.TicketAsync(number)).Events.ShouldNotContain(e => e.Action == TicketAction.AddNote);
    }

    [Fact]
    public async Task Another_units_liaison_gets_not_found_for_every_act_and_nothing_changes()
    {
        var number = await App.GivenToAsync(confidential: true);
        var version = await App.VersionAsync(number);
        var before = await App.TicketAsync(number);
        Func<WorkbenchService, Common.Viewer, Task<Common.ServiceResult<string>>>[] acts =
        [
            (s, v) => s.SignForAsync(number, new SignForInput { Version = version }, v),
            (s, v) => s.RecordContactAsync(number, new ContactInput { ContactedAt = DateTime.Now, Method = ContactMethod.Phone, Summary = "联系", Version = version }, v),
            (s, v) => s.AddNoteAsync(number, new NoteInput { Text = "x", Version = version }, v),
            (s, v) => s.MarkAssistDoneAsync(number, new AssistDoneInput { Version = version }, v),
            (s, v) => s.RequestExtensionAsync(number, new ExtensionInput { Reason = "x", ProposedDueAt = DateTime.Now.AddDays(30), Version = version }, v),
            (s, v) => s.RequestReturnAsync(number, new ReturnInput { Kind = ReturnReason.Other, Reason = "x", Version = version }, v),
            (s, v) => s.ResolveAsync(number, new ResolveInput { Result = WorkbenchSteps.Result, Outcome = ResolutionOutcome.Solved, Version = version }, v),
            (s, v) => s.RevealCallerAsync(number, new RevealInput { Reason = "x", Version = version }, v),
            (s, v) => s.UploadAttachmentAsync(number, new UploadInput { FileName = "a.pdf", Content = SampleFiles.Pdf, Version = version }, v),
        ];

        foreach (var act in acts)
        {
            (await App.ActAsync("liaison-water", act)).Errors.ShouldHaveSingleItem().Code.ShouldBe("Ticket.Error.NotFound");
        }

        (await App.WorkbenchTicketAsync(number, "liaison-water")).ShouldBeNull();
        var after = await App.TicketAsync(number);
        after.Events.Count.ShouldBe(before.Events.Count);
        after.Status.ShouldBe(TicketStatus.Dispatched);
        (await App.VersionAsync(number)).ShouldBe(version);
        (await App.ReadAsync(db => db.Attachments.CountAsync(a => a.TicketId == after.Id))).ShouldBe(0);
    }

    [Fact]
    public async Task Hotline_staff_cannot_act_from_the_workbench()
    {
        var number = await App.GivenToAsync();
        var version = await App.VersionAsync(number);

        (await App.ActAsync("dispatcher", (s, v) => s.SignForAsync(number, new SignForInput { Version = version }, v))).Errors.Single().Code
            .ShouldBe("Ticket.Error.NotFound");
        (await App.TicketAsync(number)).Status.ShouldBe(TicketStatus.Dispatched);
    }

    [Fact]
    public async Task A_return_request_waits_for_the_dispatcher_with_its_reason()
    {
        var number = await App.GivenToAsync();
        var version = await App.VersionAsync(number);

        var result = await App.ActAsync("liaison-heating", (s, v) => s.RequestReturnAsync(number,
            new ReturnInput { Kind = ReturnReason.WrongAddress, Reason = "该小区由另一家热力公司供热。", Version = version }, v));

        result.Errors.ShouldBeEmpty();
        var stored = await App.ReadAsync(db => db.Tickets.AsNoTracking().Include(t => t.Assignments).Include(t => t.Events).SingleAsync(t => t.Number == number));
        stored.Status.ShouldBe(TicketStatus.ReturnRequested);
        var lead = stored.Assignments.Single();
        lead.ReturnStatus.ShouldBe(RequestStatus.Pending);
        (lead.ReturnKind, lead.ReturnReason).ShouldBe((ReturnReason.WrongAddress, "该小区由另一家热力公司供热。"));
        var requested = stored.Events.Single(e => e.Action == TicketAction.RequestReturn);
        (requested.ReturnReason, requested.Note).ShouldBe((ReturnReason.WrongAddress, "该小区由另一家热力公司供热。"));
        (await App.WorkbenchTicketAsync(number)).ShouldNotBeNull().CanRequestReturn.ShouldBeFalse();
    }

    [Fact]
    public async Task An_extension_request_is_stored_pending_with_the_proposed_local_time()
    {
        var number = await App.GivenToAsync();
        await App.SignForAsync(number);
        var version = await App.VersionAsync(number);
        var proposed = new DateTime(2026, 12, 10, 17, 30, 0, DateTimeKind.Unspecified);

        var result = await App.ActAsync("liaison-heating", (s, v) => s.RequestExtensionAsync(number,
            new ExtensionInput { Reason = "需更换主管道，材料待到货。", ProposedDueAt = proposed, Version = version }, v));

        result.Errors.ShouldBeEmpty();
        var request = await App.ReadAsync(db => db.ExtensionRequests.AsNoTracking().SingleAsync(e => db.Tickets.Any(t => t.Id == e.TicketId && t.Number == number)));
        request.Status.ShouldBe(RequestStatus.Pending);
        request.ProposedDueAt.ShouldBe(new DateTimeOffset(2026, 12, 10, 9, 30, 0, TimeSpan.Zero));
        var view = (await App.WorkbenchTicketAsync(number)).ShouldNotBeNull();
        view.ExtensionPending.ShouldBeTrue();
        view.CanRequestExtension.ShouldBeFalse();
    }

    [Fact]
    public async Task A_confidential_caller_is_masked_until_the_unit_reveals_the_number_once_with_a_reason()
    {
        var number = await App.GivenToAsync(confidential: true);
        var masked = (await App.WorkbenchTicketAsync(number)).ShouldNotBeNull();
        masked.Ticket.CallerPhone.ShouldBe("139****5678");
        masked.CanRevealCaller.ShouldBeTrue();

        var result = await App.ActAsync("liaison-heating", (s, v) => s.RevealCallerAsync(number,
            new RevealInput { Reason = "需与市民确认入户时间。", Version = masked.Version }, v));

        result.Value.ShouldBe(IntakeInputs.Phone);
        var revealed = (await App.WorkbenchTicketAsync(number)).ShouldNotBeNull();
        revealed.Ticket.CallerPhone.ShouldBe(IntakeInputs.Phone);
        revealed.Ticket.CallerName.ShouldBe("张三");
        revealed.CanRevealCaller.ShouldBeFalse();
        (await App.TicketAsync(number)).Events.Single(e => e.Action == TicketAction.RevealCaller).Note.ShouldBe("需与市民确认入户时间。");
        var again = await App.ActAsync("liaison-heating", (s, v) => s.RevealCallerAsync(number, new RevealInput { Reason = "再看一次", Version = revealed.Version }, v));
        again.Errors.Single().Code.ShouldBe("Workbench.Error.AlreadyRevealed");
    }

    [Fact]
    public async Task An_assisting_unit_adds_notes_and_marks_its_part_done_but_cannot_resolve()
    {
        var number = await App.GivenWithAssistingAsync("heating", "water");
        var version = await App.VersionAsync(number);

        (await App.ActAsync("liaison-water", (s, v) => s.AddNoteAsync(number, new NoteInput { Text = "供水管网已排查。", Version = version }, v))).Errors.ShouldBeEmpty();
        version = await App.VersionAsync(number);
        (await App.ActAsync("liaison-water", (s, v) => s.SignForAsync(number, new SignForInput { Version = version }, v))).Errors.Single().Code
            .ShouldBe("Workbench.Error.LeadOnly");
        (await App.ActAsync("liaison-water", (s, v) => s.MarkAssistDoneAsync(number, new AssistDoneInput { Note = "协办完成。", Version = version }, v))).Errors.ShouldBeEmpty();

        var water = await App.UnitIdAsync("water");
        (await App.ReadAsync(db => db.Assignments.SingleAsync(a => db.Tickets.Any(t => t.Id == a.TicketId && t.Number == number) && a.UnitId == water)))
            .AssistDoneAt.ShouldBe(App.Clock.GetUtcNow());
        var view = (await App.WorkbenchTicketAsync(number, "liaison-water")).ShouldNotBeNull();
        view.CanMarkAssistDone.ShouldBeFalse();
        view.CanResolve.ShouldBeFalse();
    }
}
