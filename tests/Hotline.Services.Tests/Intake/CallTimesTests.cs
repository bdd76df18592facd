using Hotline.Services.Intake;
using Hotline.Services.Tests.Infrastructure;
using Hotline.Testing;

namespace Hotline.Services.Tests.Intake;

public sealed class CallTimesTests(DatabaseFixture app) : DatabaseTest<DatabaseFixture>(app), IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Times_typed_as_local_wall_clock_times_are_stored_as_utc_instants()
    {
        var input = IntakeInputs.Invalid();
        input.StartedAt = new DateTime(2026, 11, 23, 9, 58, 30);
        input.EndedAt = new DateTime(2026, 11, 23, 10, 0, 0);

        var result = await App.IntakeAsync(input, IntakeAction.LogInvalid);

        var call = await App.LoggedCallAsync(result.Value!.CallId);
        call.StartedAt.ShouldBe(new DateTimeOffset(2026, 11, 23, 1, 58, 30, TimeSpan.Zero));
        call.EndedAt.ShouldBe(new DateTimeOffset(2026, 11, 23, 2, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public async Task Without_times_the_call_starts_and_ends_now()
    {
        var result = await App.IntakeAsync(IntakeInputs.Invalid(), IntakeAction.LogInvalid);

        var call = await App.LoggedCallAsync(result.Value!.CallId);
        call.StartedAt.ShouldBe(TestDatabase.DefaultNow);
        call.EndedAt.ShouldBe(TestDatabase.DefaultNow);
    }

    [Fact]
    public async Task An_end_before_the_start_is_refused_on_EndedAt_and_nothing_is_saved()
    {
        var input = IntakeInputs.Invalid();
        input.StartedAt = new DateTime(2026, 11, 23, 10, 0, 0);
        input.EndedAt = new DateTime(2026, 11, 23, 9, 0, 0);
        var before = await App.CountAsync();

        var result = await App.IntakeAsync(input, IntakeAction.LogInvalid);

        result.Errors.ShouldContain(e => e.Field == nameof(IntakeInput.EndedAt));
        (await App.CountAsync()).ShouldBe(before);
    }
}
