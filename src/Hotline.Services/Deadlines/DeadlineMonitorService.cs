using Hotline.Services.Common;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hotline.Services.Deadlines;

/// <summary>
/// Runs a <see cref="DeadlineMonitor"/> round every <see cref="HotlineOptions.MonitorInterval"/> in a scope of its
/// own. A failed round is logged and the next one runs as usual.
/// </summary>
public sealed class DeadlineMonitorService(
    IServiceScopeFactory scopes,
    TimeProvider time,
    IOptions<HotlineOptions> options,
    ILogger<DeadlineMonitorService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.MonitorEnabled)
        {
            logger.LogInformation("Deadline monitor is disabled on this node");
            return;
        }

        logger.LogInformation("Deadline monitor runs every {Interval}", settings.MonitorInterval);
        using var timer = new PeriodicTimer(settings.MonitorInterval, time);
        try
        {
            do
            {
                await RunRoundAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }

    private async Task RunRoundAsync(CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DeadlineMonitor>().RunOnceAsync(ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            logger.LogError(ex, "Deadline monitor round failed; the next round runs in {Interval}", options.Value.MonitorInterval);
        }
    }
}
