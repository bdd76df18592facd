using FluentValidation;
using Hotline.Domain.Common;
using Hotline.Services.Common;
using Hotline.Services.Dispatch;
using Hotline.Services.Supervision;
using Hotline.Services.Tests.Infrastructure;

namespace Hotline.Services.Tests.Decisions;

/// <summary>
/// Return and extension decisions and merges are checked by their validators, injected like every other act's: a
/// rejection needs a note, no note is longer than a note may be, a merge names a ticket number.
/// </summary>
public sealed class DecisionValidatorTests(DatabaseFixture app) : DatabaseTest<DatabaseFixture>(app), IClassFixture<DatabaseFixture>
{
    private static readonly string TooLong = new('长', Limits.NoteMax + 1);

    [Fact]
    public async Task A_return_decision_needs_a_note_only_to_reject_and_never_a_note_too_long()
    {
        var rules = await App.UseAsync<IValidator<ReturnDecisionInput>, IValidator<ReturnDecisionInput>>(Task.FromResult);
        rules.ShouldBeOfType<ReturnDecisionInputValidator>();

        (await rules.CheckAsync(new ReturnDecisionInput { Number = "20261204-0001" }, CancellationToken.None)).ShouldBeNull();
        Errors(await rules.CheckAsync(new ReturnDecisionInput { Note = " " }, DecisionNoteValidator<ReturnDecisionInput>.Reject, CancellationToken.None))
            .ShouldBe([("Note", "Decision.Error.NoteRequired")]);
        Errors(await rules.CheckAsync(new ReturnDecisionInput { Note = TooLong }, CancellationToken.None)).ShouldBe([("Note", "Validation.Note.TooLong")]);
        (await rules.CheckAsync(new ReturnDecisionInput { Note = "请继续办理" }, DecisionNoteValidator<ReturnDecisionInput>.Reject, CancellationToken.None)).ShouldBeNull();
    }

    [Fact]
    public async Task An_extension_decision_needs_a_note_only_to_reject_and_never_a_note_too_long()
    {
        var rules = await App.UseAsync<IValidator<ExtensionDecisionInput>, IValidator<ExtensionDecisionInput>>(Task.FromResult);
        rules.ShouldBeOfType<ExtensionDecisionInputValidator>();

        (await rules.CheckAsync(new ExtensionDecisionInput(), CancellationToken.None)).ShouldBeNull();
        Errors(await rules.CheckAsync(new ExtensionDecisionInput(), DecisionNoteValidator<ExtensionDecisionInput>.Reject, CancellationToken.None))
            .ShouldBe([("Note", "Decision.Error.NoteRequired")]);
        Errors(await rules.CheckAsync(new ExtensionDecisionInput { Note = TooLong }, DecisionNoteValidator<ExtensionDecisionInput>.Reject, CancellationToken.None))
            .ShouldBe([("Note", "Validation.Note.TooLong")]);
    }

    [Theory]
    [InlineData(null, null, "MasterNumber", "Merge.Error.MasterRequired")]
    [InlineData("42", null, "MasterNumber", "Merge.Error.MasterRequired")]
    [InlineData(" 20261204-00001 ", "TOO_LONG", "Note", "Validation.Note.TooLong")]
    [InlineData(" 20261204-00001 ", "同一问题", null, null)]
    public async Task A_merge_names_a_ticket_number_and_a_note_no_longer_than_a_note(string? master, string? note, string? field, string? code)
    {
        var rules = await App.UseAsync<IValidator<MergeInput>, IValidator<MergeInput>>(Task.FromResult);
        rules.ShouldBeOfType<MergeInputValidator>();

        var result = await rules.CheckAsync(new MergeInput { MasterNumber = master, Note = note == "TOO_LONG" ? TooLong : note }, CancellationToken.None);

        Errors(result).ShouldBe(field is null ? [] : [(field, code!)]);
    }

    private static List<(string Field, string Code)> Errors(ServiceResult<string>? result) =>
        result?.Errors.Select(e => (e.Field, e.Code)).ToList() ?? [];
}
