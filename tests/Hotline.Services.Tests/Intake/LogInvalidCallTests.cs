using Hotline.Domain.Calls;
using Hotline.Services.Intake;
using Hotline.Services.Tests.Infrastructure;

namespace Hotline.Services.Tests.Intake;

public sealed class LogInvalidCallTests(DatabaseFixture app) : DatabaseTest<DatabaseFixture>(app), IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Only_a_call_is_saved_with_the_outcome_invalid()
    {
        var before = await App.CountAsync();
        var input = IntakeInputs.Invalid("0535-6681234");

        var result = await App.IntakeAsync(input, IntakeAction.LogInvalid);

        result.Errors.ShouldBeEmpty();
        result.Value!.Outcome.ShouldBe(CallOutcome.Invalid);
        result.Value.TicketNumber.ShouldBeNull();
        (await App.CountAsync()).ShouldBe(before with { Calls = before.Calls + 1 });
        var call = await App.LoggedCallAsync(result.Value.CallId);
        call.Outcome.ShouldBe(CallOutcome.Invalid);
        call.TicketId.ShouldBeNull();
        call.Phone.ShouldBe("05356681234");
        call.SubmissionId.ShouldBe(input.SubmissionId);
    }
}
