using Hotline.Domain.Notifications;
using Hotline.Domain.Tickets;
using Hotline.Services.Deadlines;
using Hotline.Services.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Hotline.Services.Tests.Monitor;

/// <summary>Several web nodes run the monitor: one leads each round through the advisory lock, the rest do nothing.</summary>
public sealed class TwoMonitorsDoTheWorkOnce(MonitorDatabaseFixture app) : DatabaseTest<MonitorDatabaseFixture>(app), IClassFixture<MonitorDatabaseFixture>
{
    [Fact]
    public async Task A_round_while_another_node_holds_the_lock_does_nothing_and_the_next_round_does_the_work()
    {
        var number = await App.DispatchedUrgentAsync();
        App.Clock.Advance(TimeSpan.FromMinutes(31));
        await using var otherNode = new NpgsqlConnection(App.ConnectionString);
        await otherNode.OpenAsync();
        await using (var round = await otherNode.BeginTransactionAsync())
        {
            await using var take = new NpgsqlCommand($"SELECT pg_try_advisory_xact_lock({DeadlineMonitor.LockKey})", otherNode, round);
            ((bool)(await take.ExecuteScalarAsync())!).ShouldBeTrue();

            (await App.RunMonitorAsync()).ShouldBe(0);

            (await App.AssignmentAsync(number)).Warning.ShouldBe(WarningMark.None);
            (await App.NotificationsAsync(number)).ShouldNotContain(n => n.Kind == NotificationKind.DeadlineOverdue);
            await round.CommitAsync();
        }

        (await App.RunMonitorAsync()).ShouldBe(1);
        (await App.AssignmentAsync(number)).Warning.ShouldBe(WarningMark.SignForOverdue);
    }

    [Fact]
    public async Task Monitors_running_at_once_raise_each_mark_and_notify_once()
    {
        var numbers = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            numbers.Add(await App.DispatchedUrgentAsync());
        }

        App.Clock.Advance(TimeSpan.FromMinutes(31));
        var before = await OverdueNoticesAsync();

        // Each node's round in its own scope (its own DbContext and connection), all released together.
        using var start = new Barrier(6);
        var rounds = Enumerable.Range(0, 6).Select(_ => Task.Run(async () =>
        {
            await using var scope = App.Services.CreateAsyncScope();
            var monitor = MonitorDatabaseFixture.Monitor(scope.ServiceProvider);
            start.SignalAndWait();
            return await monitor.RunOnceAsync();
        })).ToList();
        var raised = await Task.WhenAll(rounds);

        raised.Sum().ShouldBe(numbers.Count);
        (await OverdueNoticesAsync()).ShouldBe(before + (numbers.Count * (await App.LiaisonsAsync("heating")).Count));
        foreach (var number in numbers)
        {
            (await App.AssignmentAsync(number)).Warning.ShouldBe(WarningMark.SignForOverdue);
        }

        (await App.RunMonitorAsync()).ShouldBe(0);
    }

    private Task<int> OverdueNoticesAsync() =>
        App.ReadAsync(db => db.Notifications.CountAsync(n => n.Kind == NotificationKind.DeadlineOverdue));
}
