using System.Collections.Concurrent;
using Hotline.Web.RealTime;
using Hotline.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Hotline.Web.Tests.Telephony;

/// <summary>The wall's telephone row is pushed at most once a second: a burst of events gives one push now and one at the second's end.</summary>
public sealed class PhoneWallPushTests(HotlineWebFactory app) : IClassFixture<HotlineWebFactory>
{
    private static readonly string[] WallGroups = ["role:Supervisor", "role:Admin"];

    [Fact]
    public async Task Changes_within_a_second_of_a_push_are_gathered_into_one_push_at_its_end()
    {
        using var hub = new RecordingHub();
        var time = new FakeTimeProvider(Testing.TestDatabase.DefaultNow);
        using var push = new PhoneWallPush(app.AppServices.GetRequiredService<IServiceScopeFactory>(),
            new LiveEvents(hub, NullLogger<LiveEvents>.Instance), time, NullLogger<PhoneWallPush>.Instance);

        push.Changed();
        await hub.WaitForAsync(1);

        push.Changed();
        push.Changed();
        time.Advance(TimeSpan.FromMilliseconds(999));
        hub.Sent.Count.ShouldBe(1, "changes within the second wait for its end");

        time.Advance(TimeSpan.FromMilliseconds(1));
        await hub.WaitForAsync(2);

        time.Advance(TimeSpan.FromSeconds(5));
        push.Changed();
        await hub.WaitForAsync(3);
        hub.Sent.Count.ShouldBe(3);

        hub.Sent.ShouldAllBe(s => s.Method == LiveEvents.PhoneWallChanged && s.Groups.SequenceEqual(WallGroups));
        hub.Sent.ShouldAllBe(s => s.Args.Single() is Pages.Dashboards.PhoneWallData);
    }

    /// <summary>A hub context that records what would be sent to groups.</summary>
    private sealed class RecordingHub : IHubContext<LiveHub>, IHubClients, IDisposable
    {
        private readonly SemaphoreSlim _sent = new(0);

        public ConcurrentQueue<(IReadOnlyList<string> Groups, string Method, object?[] Args)> Sent { get; } = new();

        IHubClients IHubContext<LiveHub>.Clients => this;

        IGroupManager IHubContext<LiveHub>.Groups => throw new NotSupportedException();

        public IClientProxy All => throw new NotSupportedException();

        public async Task WaitForAsync(int count)
        {
            while (Sent.Count < count)
            {
                (await _sent.WaitAsync(TimeSpan.FromSeconds(10))).ShouldBeTrue($"push {count} was not sent");
            }
        }

        public void Dispose() => _sent.Dispose();

        public IClientProxy Groups(IReadOnlyList<string> groupNames) => new Proxy(this, groupNames);

        public IClientProxy Group(string groupName) => new Proxy(this, [groupName]);

        public IClientProxy AllExcept(IReadOnlyList<string> excludedConnectionIds) => throw new NotSupportedException();

        public IClientProxy Client(string connectionId) => throw new NotSupportedException();

        public IClientProxy Clients(IReadOnlyList<string> connectionIds) => throw new NotSupportedException();

        public IClientProxy GroupExcept(string groupName, IReadOnlyList<string> excludedConnectionIds) => throw new NotSupportedException();

        public IClientProxy User(string userId) => throw new NotSupportedException();

        public IClientProxy Users(IReadOnlyList<string> userIds) => throw new NotSupportedException();

        private sealed class Proxy(RecordingHub hub, IReadOnlyList<string> groups) : IClientProxy
        {
            public Task SendCoreAsync(string method, object?[] args, CancellationToken cancellationToken = default)
            {
                hub.Sent.Enqueue((groups, method, args));
                hub._sent.Release();
                return Task.CompletedTask;
            }
        }
    }
}
