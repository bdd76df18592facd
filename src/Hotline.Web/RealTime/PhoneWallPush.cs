using Hotline.Services.Common;
using Hotline.Services.Telephony;
using Hotline.Web.Infrastructure;
using Hotline.Web.Pages.Dashboards;

namespace Hotline.Web.RealTime;

/// <summary>
/// The wall's telephone row, pushed when the platform's events change it (docs/decisions/0025): at most once per
/// <see cref="Interval"/> per node. The first change after a quiet second is sent at once; changes within the second
/// after a push are gathered into one push at its end, which reads the figures then (so it carries every change before
/// it). Each node pushes what it recorded through the backplane, so the walls on every node see it.
/// </summary>
public sealed class PhoneWallPush(IServiceScopeFactory scopes, LiveEvents live, TimeProvider time, ILogger<PhoneWallPush> logger) : IDisposable
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    private readonly Lock _gate = new();
    private DateTimeOffset? _lastSent;
    private ITimer? _pending;

    /// <summary>The queue or today's figures may have changed (called after the events' transaction committed).</summary>
    public void Changed()
    {
        lock (_gate)
        {
            if (_pending is not null)
            {
                return;
            }

            var now = time.GetUtcNow();
            if (_lastSent is { } last && now - last < Interval)
            {
                _pending = time.CreateTimer(_ => Due(), null, Interval - (now - last), Timeout.InfiniteTimeSpan);
                return;
            }

            _lastSent = now;
        }

        _ = Task.Run(SendAsync);
    }

    private void Due()
    {
        lock (_gate)
        {
            _pending?.Dispose();
            _pending = null;
            _lastSent = time.GetUtcNow();
        }

        _ = Task.Run(SendAsync);
    }

    private async Task SendAsync()
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var services = scope.ServiceProvider;
            var data = await WallModel.PhoneWallAsync(services.GetRequiredService<TelephoneFigures>(), services.GetRequiredService<HotlineClock>(),
                CancellationToken.None);
            live.PhoneWall(Policies.DashboardRoles, data);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The wall keeps its last figures; the next change pushes again.
            logger.LogWarning(ex, "The wall's telephone figures were not pushed");
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _pending?.Dispose();
            _pending = null;
        }
    }
}
