using Hotline.Services.Common;
using Hotline.Services.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hotline.Services.Dashboards;

/// <summary>
/// Folds the unit figures' delta rows into their daily rows every <see cref="HotlineOptions.FigureFoldInterval"/>
/// (<c>hotline_fold_unit_figures</c>, docs/decisions/0023-unit-figure-rollups.md). Readers count the deltas not folded
/// yet, so folding changes no figure: it keeps the rows a reader sums few. Every node may run it; one folds at a time.
/// </summary>
public sealed class FigureFoldService(
    IServiceScopeFactory scopes,
    TimeProvider time,
    IOptions<HotlineOptions> options,
    ILogger<FigureFoldService> logger) : BackgroundService
{
    /// <summary>Folds once; answers the delta rows folded (0 when another node is folding).</summary>
    public static Task<int> FoldAsync(HotlineDbContext db, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Database.SqlQuery<int>($"SELECT hotline_fold_unit_figures() AS \"Value\"").SingleAsync(ct);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.FigureFoldInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    await FoldAsync(scope.ServiceProvider.GetRequiredService<HotlineDbContext>(), stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    logger.LogWarning(ex, "Folding the unit figures failed; the next fold runs in {Interval}", options.Value.FigureFoldInterval);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }
}
