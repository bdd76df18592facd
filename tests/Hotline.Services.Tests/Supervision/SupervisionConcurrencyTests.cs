using Hotline.Domain.Notifications;
using Hotline.Domain.Tickets;
using Hotline.Services.Common;
using Hotline.Services.Supervision;
using Hotline.Services.Tests.Infrastructure;
using Hotline.Services.Tests.Workbench;

namespace Hotline.Services.Tests.Supervision;

/// <summary>A supervisor's form carries the version they saw: acting on a ticket changed since is refused, never overwritten.</summary>
public sealed class SupervisionConcurrencyTests(DatabaseFixture app) : DatabaseTest<DatabaseFixture>(app), IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Supervising_from_a_page_read_before_the_unit_signed_for_the_ticket_is_refused()
    {
        var number = await App.GivenToAsync();
        var seen = await App.VersionAsync(number);
        await App.SignForAsync(number);

        var result = await App.SuperviseAsync(number, SupervisionLevel.Key, version: seen);

        result.Errors.ShouldHaveSingleItem().Code.ShouldBe(ServiceError.Concurrency);
        (await App.StoredTicketAsync(number)).IsSupervised.ShouldBeFalse();
        (await App.NotifiedAsync(number, NotificationKind.Supervised)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Every_act_refuses_a_stale_version()
    {
        var open = await App.GivenToAsync();
        var resolved = await App.ResolvedAsync();
        var pending = await App.RegisterAsync(IntakeInputs.Register(await App.CategoryIdAsync("utilities-heating")));
        (await App.SuperviseAsync(open, SupervisionLevel.Normal)).Errors.ShouldBeEmpty();
        const uint stale = 1;

        var results = new[]
        {
            await App.AsSupervisorAsync((s, a) => s.LiftAsync(open, new LiftSupervisionInput { Version = stale }, a)),
            await App.AsSupervisorAsync((s, a) => s.UrgeAsync(open, new UrgeInput { Note = "催办", Version = stale }, a)),
            await App.ReopenAsync(resolved, "heating", version: stale),
            await App.AsSupervisorAsync((s, a) => s.CancelAsync(pending, new CancelInput { Kind = CancelReason.Nuisance, Reason = "骚扰", Version = stale }, a)),
        };

        results.ShouldAllBe(r => r.Errors.Count == 1 && r.Errors[0].Code == ServiceError.Concurrency);
        (await App.StoredTicketAsync(open)).IsSupervised.ShouldBeTrue();
        (await App.StoredTicketAsync(open)).UrgeCount.ShouldBe(0);
        (await App.StoredTicketAsync(resolved)).Status.ShouldBe(TicketStatus.Resolved);
        (await App.StoredTicketAsync(pending)).Status.ShouldBe(TicketStatus.PendingDispatch);
    }

    [Fact]
    public async Task Two_supervisors_reopening_at_once_open_one_round_only()
    {
        var number = await App.ResolvedAsync();
        var version = await App.VersionAsync(number);

        var results = await Task.WhenAll(App.ReopenAsync(number, "heating", version: version), App.ReopenAsync(number, "water", version: version));

        results.Count(r => r.Succeeded).ShouldBe(1);
        results.Single(r => !r.Succeeded).Errors.ShouldHaveSingleItem().Code.ShouldBe(ServiceError.Concurrency);
        var ticket = await App.StoredTicketAsync(number);
        (ticket.Round, ticket.ReopenCount).ShouldBe((2, 1));
        ticket.Assignments.Count(a => a.IsActive).ShouldBe(1);
    }
}
