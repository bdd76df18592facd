using Hotline.Services.Common;
using Hotline.Services.Intake;
using Hotline.Services.Tests.Infrastructure;

namespace Hotline.Services.Tests.Intake;

/// <summary>
/// Call times typed by an agent (or sent by any other client of the service) are held to the plausible window and to
/// now: year 1 or 9999 is a message rather than an overflow, and a call cannot start or end in a later minute.
/// </summary>
public sealed class ImplausibleCallTimesTests(DatabaseFixture app) : DatabaseTest<DatabaseFixture>(app), IClassFixture<DatabaseFixture>
{
    public static TheoryData<string, DateTime?, DateTime?> Refused() => new()
    {
        { nameof(IntakeInput.StartedAt), DateTime.MinValue, null },
        { nameof(IntakeInput.StartedAt), new DateTime(9999, 12, 31, 23, 59, 0), null },
        { nameof(IntakeInput.EndedAt), null, DateTime.MaxValue },
        { nameof(IntakeInput.EndedAt), new DateTime(2026, 11, 23, 9, 50, 0), new DateTime(9999, 12, 31, 0, 0, 0) },
        // Now is 10:00 local: 10:01 is this minute's end at most, 10:02 is later.
        { nameof(IntakeInput.StartedAt), new DateTime(2026, 11, 23, 10, 2, 0), null },
        { nameof(IntakeInput.EndedAt), new DateTime(2026, 11, 23, 9, 58, 0), new DateTime(2026, 11, 25, 9, 0, 0) },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task An_implausible_or_future_call_time_is_refused_on_its_field_and_nothing_is_saved(string field, DateTime? started, DateTime? ended)
    {
        var input = IntakeInputs.Invalid();
        input.StartedAt = started;
        input.EndedAt = ended;
        var before = await App.CountAsync();

        var result = await App.IntakeAsync(input, IntakeAction.LogInvalid);

        result.Errors.ShouldHaveSingleItem().Field.ShouldBe(field);
        result.Errors[0].Code.ShouldBeOneOf(HotlineClock.ImplausibleDate, "Validation.Call.InFuture");
        (await App.CountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task A_call_ending_within_the_current_minute_is_logged()
    {
        var input = IntakeInputs.Invalid();
        input.StartedAt = new DateTime(2026, 11, 23, 9, 55, 0);
        input.EndedAt = new DateTime(2026, 11, 23, 10, 1, 0);

        var result = await App.IntakeAsync(input, IntakeAction.LogInvalid);

        result.Errors.ShouldBeEmpty();
    }
}
