using Hotline.Services.Common;
using Hotline.Services.Data;
using Hotline.Services.Deadlines;
using Hotline.Services.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hotline.Services.Dashboards;

/// <summary>
/// Every <see cref="HotlineOptions.FigureFoldInterval"/>: folds the unit figures' delta rows into their daily rows
/// (<c>hotline_fold_unit_figures</c>, docs/decisions/0023-unit-figure-rollups.md; readers count the deltas not folded
/// yet, so folding changes no figure, it keeps the rows a reader sums few), then the queued tickets' holdings
/// (<see cref="HoldingFold"/>, docs/decisions/0027-clock-per-holder.md), then the quarter-hour rollups' shards of the
/// quarter hours before the last (<c>hotline_fold_quarter_shards</c>, docs/decisions/0041-rollup-shards.md). Every
/// node may run it; one folds at a time.
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

    /// <summary>
    /// Folds the shards of the call and phone-call quarter hours that ended a quarter hour or more before
    /// <paramref name="now"/> (the last two stay with their writers); answers the shard rows folded.
    /// </summary>
    public static Task<int> FoldQuarterShardsAsync(HotlineDbContext db, DateTimeOffset now, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var before = now - TimeSpan.FromMinutes(15);
        return db.Database.SqlQuery<int>($"SELECT hotline_fold_quarter_shards({before}) AS \"Value\"").SingleAsync(ct);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.FigureFoldInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await FoldOnceAsync("the unit figures", s => FoldAsync(s.GetRequiredService<HotlineDbContext>(), stoppingToken), stoppingToken);
                await FoldOnceAsync("the holdings", s => HoldingFold.FoldAllAsync(s.GetRequiredService<HotlineDbContext>(),
                    s.GetRequiredService<DeadlineService>(), time.GetUtcNow(), stoppingToken), stoppingToken);
                await FoldOnceAsync("the quarter hours", s => FoldQuarterShardsAsync(s.GetRequiredService<HotlineDbContext>(),
                    time.GetUtcNow(), stoppingToken), stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }

    /// <summary>One fold in a scope of its own; a failure is logged and the next tick tries again.</summary>
    private async Task FoldOnceAsync(string what, Func<IServiceProvider, Task<int>> fold, CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await fold(scope.ServiceProvider);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            logger.LogWarning(ex, "Folding {What} failed; the next fold runs in {Interval}", what, options.Value.FigureFoldInterval);
        }
    }
}
