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

    [Fact]
    public async Task Supervising_while_the_unit_acts_on_the_same_ticket_in_the_opposite_order_is_refused_as_a_conflict()
    {
        // The unit's act holds the ticket's assignment and waits for the ticket (EF saves assignments first); supervising
        // holds the ticket and its trigger waits for the assignment to copy the supervision onto it (ADR 0038). PostgreSQL
        // breaks the deadlock by rolling one back: the supervisor, who waited first, is told the ticket changed.
        var number = await App.GivenToAsync();
        var version = await App.VersionAsync(number);
        await using var unit = new Npgsql.NpgsqlConnection(App.ConnectionString);
        await unit.OpenAsync();
        await using var act = await unit.BeginTransactionAsync();
        await using (var hold = new Npgsql.NpgsqlCommand(
            "UPDATE assignments SET instruction = instruction WHERE ticket_id = (SELECT id FROM tickets WHERE number = $1)", unit, act))
        {
            hold.Parameters.AddWithValue(number);
            (await hold.ExecuteNonQueryAsync()).ShouldBe(1);
        }

        var supervising = App.SuperviseAsync(number, SupervisionLevel.Key, version: version);
        await WaitForALockWaitAsync();
        await using (var touch = new Npgsql.NpgsqlCommand("UPDATE tickets SET revision = revision + 1 WHERE number = $1", unit, act))
        {
            touch.Parameters.AddWithValue(number);
            (await touch.ExecuteNonQueryAsync()).ShouldBe(1);
        }

        var result = await supervising;
        await act.CommitAsync();

        result.Errors.ShouldHaveSingleItem().Code.ShouldBe(ServiceError.Concurrency);
        (await App.StoredTicketAsync(number)).IsSupervised.ShouldBeFalse();
        (await App.NotifiedAsync(number, NotificationKind.Supervised)).ShouldBeEmpty();
    }

    /// <summary>Until some session of the test database waits for a row lock (the supervisor's save, here).</summary>
    private async Task WaitForALockWaitAsync()
    {
        await using var watch = new Npgsql.NpgsqlConnection(App.ConnectionString);
        await watch.OpenAsync();
        await using var waiting = new Npgsql.NpgsqlCommand(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'", watch);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((long)(await waiting.ExecuteScalarAsync())! == 0)
        {
            DateTime.UtcNow.ShouldBeLessThan(deadline, "the supervisor's save never waited for the unit's lock");
        }
    }
}
