using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Hotline.Services.Data.ReadReplica;

/// <summary>Measures the standby's lag at start and every <see cref="ReadReplicaOptions.ProbeInterval"/> (only when one is configured).</summary>
public sealed class ReplicaMonitorService(ReplicaMonitor monitor, TimeProvider time, IOptions<ReadReplicaOptions> options) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!monitor.Connection.IsConfigured)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.ProbeInterval, time);
        try
        {
            do
            {
                await monitor.ProbeAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }
}
