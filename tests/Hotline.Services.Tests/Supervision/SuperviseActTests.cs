using Hotline.Domain.Notifications;
using Hotline.Domain.Tickets;
using Hotline.Services.Common;
using Hotline.Services.Supervision;
using Hotline.Services.Tests.Infrastructure;
using Hotline.Services.Tests.Workbench;

namespace Hotline.Services.Tests.Supervision;

public sealed class SuperviseActTests(DatabaseFixture app) : DatabaseTest<DatabaseFixture>(app), IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Supervising_flags_the_ticket_and_tells_the_lead_and_assisting_units()
    {
        var number = await App.GivenWithAssistingAsync("heating", "laishan");

        var result = await App.SuperviseAsync(number, SupervisionLevel.Key);

        result.Errors.ShouldBeEmpty();
        var ticket = await App.StoredTicketAsync(number);
        ticket.Supervision.ShouldBe(SupervisionLevel.Key);
        ticket.SupervisionNote.ShouldBe(SupervisionSteps.Note);
        ticket.SupervisedAt.ShouldBe(App.Clock.GetUtcNow());
        ticket.Events.OrderBy(e => e.Id).Last().Action.ShouldBe(TicketAction.Supervise);
        (await App.NotifiedAsync(number, NotificationKind.Supervised)).ShouldBe(["liaison-heating", "liaison-laishan"]);
    }

    [Fact]
    public async Task A_tighter_deadline_typed_in_local_time_becomes_the_lead_unit_s_resolution_deadline()
    {
        var number = await App.GivenToAsync();
        var tighter = new DateTime(2026, 11, 25, 12, 0, 0, DateTimeKind.Unspecified);

        (await App.SuperviseAsync(number, SupervisionLevel.Normal, tighter: tighter)).Errors.ShouldBeEmpty();

        var lead = (await App.StoredTicketAsync(number)).Assignments.Single();
        lead.ResolveDueAt.ShouldBe(new DateTimeOffset(2026, 11, 25, 4, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public async Task A_deadline_later_than_the_one_in_force_is_refused_next_to_its_field_and_nothing_is_saved()
    {
        var number = await App.GivenToAsync();
        var before = await App.StoredTicketAsync(number);
        var later = SupervisionSteps.Local(before.Assignments.Single().ResolveDueAt).AddDays(1);

        var result = await App.SuperviseAsync(number, SupervisionLevel.Key, tighter: later);

        result.Errors.ShouldHaveSingleItem().ShouldBe(new ServiceError(nameof(SuperviseInput.TighterResolveDueAt), "Supervision.Error.DeadlineNotTighter"));
        var after = await App.StoredTicketAsync(number);
        after.IsSupervised.ShouldBeFalse();
        after.Version.ShouldBe(before.Version);
        after.Assignments.Single().ResolveDueAt.ShouldBe(before.Assignments.Single().ResolveDueAt);
        (await App.NotifiedAsync(number, NotificationKind.Supervised)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_deadline_in_the_past_is_refused_next_to_its_field()
    {
        var number = await App.GivenToAsync();

        var result = await App.SuperviseAsync(number, SupervisionLevel.Key, tighter: SupervisionSteps.Local(App.Clock.GetUtcNow()).AddHours(-1));

        result.Errors.ShouldHaveSingleItem().Field.ShouldBe(nameof(SuperviseInput.TighterResolveDueAt));
    }

    [Fact]
    public async Task Without_a_level_or_a_note_the_form_is_refused_field_by_field()
    {
        var number = await App.GivenToAsync();

        var result = await App.SuperviseAsync(number, level: null, note: "  ");

        result.Errors.Select(e => (e.Field, e.Code)).ShouldBe(
            [(nameof(SuperviseInput.Level), "Supervision.Validation.Level.Required"), (nameof(SuperviseInput.Note), "Supervision.Error.NoteRequired")],
            ignoreOrder: true);
        (await App.StoredTicketAsync(number)).IsSupervised.ShouldBeFalse();
    }

    [Fact]
    public async Task Supervising_again_re_levels_and_lifting_clears_the_flag_with_the_note_in_the_timeline()
    {
        var number = await App.GivenToAsync();
        (await App.SuperviseAsync(number, SupervisionLevel.Normal)).Errors.ShouldBeEmpty();
        App.Clock.Advance(TimeSpan.FromHours(1));

        (await App.SuperviseAsync(number, SupervisionLevel.Key, note: "升级为重点督办")).Errors.ShouldBeEmpty();
        var relevelled = await App.StoredTicketAsync(number);
        (relevelled.Supervision, relevelled.SupervisionNote).ShouldBe((SupervisionLevel.Key, "升级为重点督办"));

        var version = await App.VersionAsync(number);
        var lifted = await App.AsSupervisorAsync((s, actor) => s.LiftAsync(number, new LiftSupervisionInput { Note = "单位已上门处理", Version = version }, actor));

        lifted.Errors.ShouldBeEmpty();
        var ticket = await App.StoredTicketAsync(number);
        ticket.IsSupervised.ShouldBeFalse();
        var last = ticket.Events.OrderBy(e => e.Id).Last();
        (last.Action, last.Note).ShouldBe((TicketAction.LiftSupervision, "单位已上门处理"));
    }

    [Theory]
    [InlineData("agent")]
    [InlineData("dispatcher")]
    [InlineData("liaison-heating")]
    public async Task Only_a_supervisor_may_supervise(string user)
    {
        var number = await App.GivenToAsync();

        var result = await App.SuperviseAsync(number, SupervisionLevel.Key, user: user);

        result.Errors.ShouldHaveSingleItem().Code.ShouldBe("Ticket.Error.RoleNotAllowed");
        (await App.StoredTicketAsync(number)).IsSupervised.ShouldBeFalse();
    }

    [Fact]
    public async Task A_ticket_number_that_does_not_exist_is_not_found()
    {
        var result = await App.SuperviseAsync("20261123-99999", SupervisionLevel.Key, version: 1);

        result.Errors.ShouldHaveSingleItem().Code.ShouldBe(SupervisionService.NotFound);
    }
}
