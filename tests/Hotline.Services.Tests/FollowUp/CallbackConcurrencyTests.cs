using Hotline.Domain.Tickets;
using Hotline.Services.Common;
using Hotline.Services.FollowUp;
using Hotline.Services.Tests.Infrastructure;
using Hotline.Services.Tests.Workbench;

namespace Hotline.Services.Tests.FollowUp;

public sealed class CallbackConcurrencyTests(DatabaseFixture app) : DatabaseTest<DatabaseFixture>(app), IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Two_agents_recording_a_callback_on_the_same_version_one_succeeds_the_other_is_told_to_reload()
    {
        var number = await App.ResolvedAsync();
        var version = await App.VersionAsync(number);
        var agent = await App.ViewerAsync("agent");
        var agent2 = await App.ViewerAsync("agent2");

        var results = await Task.WhenAll(
            App.UseAsync<FollowUpService, ServiceResult<CallbackRecorded>>(s => s.RecordAsync(number, With(FollowUpSteps.Satisfied(), version), agent)),
            App.UseAsync<FollowUpService, ServiceResult<CallbackRecorded>>(s => s.RecordAsync(number, With(FollowUpSteps.Dissatisfied(reopen: true), version), agent2)));

        results.Count(r => r.Succeeded).ShouldBe(1);
        results.Single(r => !r.Succeeded).Errors.ShouldHaveSingleItem().Code.ShouldBe(ServiceError.Concurrency);
        var ticket = await App.StoredAsync(number);
        ticket.Callbacks.Count.ShouldBe(1);
        ticket.Events.Count(e => e.Action is TicketAction.RecordCallback or TicketAction.CloseAfterCallback).ShouldBe(1);
    }

    [Fact]
    public async Task A_callback_sent_from_a_page_read_before_another_agents_callback_is_refused()
    {
        var number = await App.ResolvedAsync();
        var seen = await App.VersionAsync(number);
        await App.CalledBackAsync(number, FollowUpSteps.NotReached(), "agent2");

        var late = await App.CallbackAsync(number, FollowUpSteps.NotReached(), version: seen);

        late.Errors.ShouldHaveSingleItem().Code.ShouldBe(ServiceError.Concurrency);
        (await App.StoredAsync(number)).Callbacks.Count.ShouldBe(1);
    }

    private static CallbackInput With(CallbackInput input, uint version)
    {
        input.Version = version;
        return input;
    }
}
