using Hotline.Domain.Common;
using Hotline.Services.Common;
using Hotline.Services.Dispatch;
using Hotline.Services.Intake;
using Hotline.Services.Tests.Infrastructure;

namespace Hotline.Services.Tests.Dispatch;

/// <summary>A refused merge says why, and leaves both the ticket and the would-be master exactly as they were.</summary>
public sealed class MergeRefusalTests(DatabaseFixture app) : DatabaseTest<DatabaseFixture>(app), IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task An_unknown_master_is_refused_next_to_the_master_number()
    {
        var number = await RegisterAsync();
        var before = await App.StateAsync(number);

        var result = await App.TryMergeAsync(number, "20261123-09999");

        result.Errors.ShouldBe([new ServiceError(nameof(MergeInput.MasterNumber), "Merge.Error.MasterNotFound")]);
        (await App.StateAsync(number)).ShouldBe(before);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2026-42")]
    public async Task A_missing_or_malformed_master_number_is_refused_next_to_it(string? masterNumber)
    {
        var number = await RegisterAsync();
        var before = await App.StateAsync(number);

        var result = await App.TryMergeAsync(number, masterNumber);

        result.Errors.ShouldBe([new ServiceError(nameof(MergeInput.MasterNumber), "Merge.Error.MasterRequired")]);
        (await App.StateAsync(number)).ShouldBe(before);
    }

    [Fact]
    public async Task A_ticket_cannot_be_merged_into_itself()
    {
        var number = await RegisterAsync();
        var before = await App.StateAsync(number);

        var result = await App.TryMergeAsync(number, number);

        result.Errors.ShouldBe([new ServiceError(string.Empty, "Merge.Error.SameTicket")]);
        (await App.StateAsync(number)).ShouldBe(before);
    }

    [Fact]
    public async Task A_master_answered_directly_is_not_open_and_is_refused()
    {
        var answered = await App.IntakeAsync(IntakeInputs.AnswerDirectly(await App.CategoryIdAsync("utilities-heating"), null, "已当场答复。"),
            IntakeAction.AnswerDirectly);
        var master = answered.Value!.TicketNumber!;
        var number = await RegisterAsync();
        var before = (await App.StateAsync(number), await App.StateAsync(master));

        var result = await App.TryMergeAsync(number, master);

        result.Errors.ShouldBe([new ServiceError(string.Empty, "Merge.Error.MasterNotOpen")]);
        (await App.StateAsync(number), await App.StateAsync(master)).ShouldBe(before);
    }

    [Fact]
    public async Task A_master_that_was_itself_merged_is_refused()
    {
        var root = await RegisterAsync();
        var master = await RegisterAsync();
        (await App.TryMergeAsync(master, root)).Errors.ShouldBeEmpty();
        var number = await RegisterAsync();
        var before = (await App.StateAsync(number), await App.StateAsync(master), await App.StateAsync(root));

        var result = await App.TryMergeAsync(number, master);

        result.Errors.ShouldBe([new ServiceError(string.Empty, "Merge.Error.MasterNotOpen")]);
        (await App.StateAsync(number), await App.StateAsync(master), await App.StateAsync(root)).ShouldBe(before);
    }

    [Fact]
    public async Task A_ticket_already_merged_cannot_be_merged_again()
    {
        var first = await RegisterAsync();
        var second = await RegisterAsync();
        var number = await RegisterAsync();
        (await App.TryMergeAsync(number, first)).Errors.ShouldBeEmpty();
        var before = (await App.StateAsync(number), await App.StateAsync(second));

        var result = await App.TryMergeAsync(number, second);

        result.Errors.ShouldBe([new ServiceError(string.Empty, "Ticket.Error.TransitionNotAllowed")]);
        (await App.StateAsync(number), await App.StateAsync(second)).ShouldBe(before);
    }

    [Fact]
    public async Task A_merge_form_read_before_the_ticket_changed_is_refused_as_a_conflict()
    {
        var master = await RegisterAsync();
        var number = await RegisterAsync();
        var stale = await App.VersionAsync(number);
        (await App.IntakeAsync(IntakeInputs.Urge(number), IntakeAction.Urge)).Errors.ShouldBeEmpty();
        var before = (await App.StateAsync(number), await App.StateAsync(master));

        var result = await App.TryMergeAsync(number, master, version: stale);

        result.Errors.ShouldBe([new ServiceError(string.Empty, ServiceError.Concurrency)]);
        (await App.StateAsync(number), await App.StateAsync(master)).ShouldBe(before);
    }

    [Fact]
    public async Task An_agent_cannot_merge()
    {
        var master = await RegisterAsync();
        var number = await RegisterAsync();
        var before = (await App.StateAsync(number), await App.StateAsync(master));

        var result = await App.TryMergeAsync(number, master, userName: "agent");

        result.Errors.ShouldBe([new ServiceError(string.Empty, "Ticket.Error.RoleNotAllowed")]);
        (await App.StateAsync(number), await App.StateAsync(master)).ShouldBe(before);
    }

    [Fact]
    public async Task A_note_longer_than_the_limit_is_refused_next_to_it()
    {
        var master = await RegisterAsync();
        var number = await RegisterAsync();
        var before = await App.StateAsync(number);

        var result = await App.TryMergeAsync(number, master, new string('重', Limits.NoteMax + 1));

        result.Errors.ShouldBe([new ServiceError(nameof(MergeInput.Note), "Validation.Note.TooLong")]);
        (await App.StateAsync(number)).ShouldBe(before);
    }

    private async Task<string> RegisterAsync() =>
        await App.RegisterAsync(IntakeInputs.Register(await App.CategoryIdAsync("utilities-water-pipe"), IntakeInputs.WaterContent));
}
