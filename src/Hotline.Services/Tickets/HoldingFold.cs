using Hotline.Domain.Deadlines;
using Hotline.Domain.Tickets;
using Hotline.Services.Common;
using Hotline.Services.Data;
using Hotline.Services.Deadlines;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hotline.Services.Tickets;

/// <summary>
/// Keeps <c>ticket_holdings</c> equal to <see cref="HoldingTimeline.Of"/> of every ticket: a trigger queues a ticket at
/// each of its events (<c>hotline_holdings_stale</c>), and a fold takes queued tickets in batches, reads each whole and
/// replaces its rows, in one transaction. The rule stays in C#; SQL only sums its answers
/// (docs/decisions/0027-clock-per-holder.md). One folder at a time (an advisory lock), so an older reading never
/// overwrites a newer one; an event committed after a ticket was read queues it again.
/// </summary>
public static class HoldingFold
{
    /// <summary>The advisory lock key of a fold (the monitor uses 12346, the unit figures' fold 23023).</summary>
    public const long LockKey = 27027;

    /// <summary>Folds up to <paramref name="batch"/> queued events' tickets; answers the tickets folded (0 when none or another node folds).</summary>
    public static async Task<int> FoldAsync(HotlineDbContext db, DeadlineService deadlines, DateTimeOffset now, int batch = 500, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(deadlines);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (!await db.Database.SqlQuery<bool>($"SELECT pg_try_advisory_xact_lock({LockKey}) AS \"Value\"").SingleAsync(ct))
        {
            return 0;
        }

        var ids = await db.Database.SqlQuery<long>($"""
            WITH taken AS (
                DELETE FROM holding_queue WHERE id IN (SELECT id FROM holding_queue ORDER BY id LIMIT {batch})
                RETURNING ticket_id)
            SELECT DISTINCT ticket_id AS "Value" FROM taken
            """).ToListAsync(ct);
        if (ids.Count > 0)
        {
            var calendar = await deadlines.LoadCalendarAsync(ct);
            var tickets = await db.Tickets.AsNoTracking().Where(t => ids.Contains(t.Id))
                .Include(t => t.Events).Include(t => t.Assignments).AsSplitQuery().ToListAsync(ct);
            await db.Holdings.Where(h => ids.Contains(h.TicketId)).ExecuteDeleteAsync(ct);
            db.Holdings.AddRange(tickets.SelectMany(t => RowsOf(t, calendar, now)));
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }

        await tx.CommitAsync(ct);
        return ids.Count;
    }

    /// <summary>Folds until the queue is empty (a start after a bulk load, the tests).</summary>
    public static async Task<int> FoldAllAsync(HotlineDbContext db, DeadlineService deadlines, DateTimeOffset now, CancellationToken ct = default)
    {
        var total = 0;
        for (int folded; (folded = await FoldAsync(db, deadlines, now, ct: ct)) > 0;)
        {
            total += folded;
        }

        return total;
    }

    /// <summary>A ticket's holdings as stored: the timeline's, with the time held once each has ended.</summary>
    public static IEnumerable<HoldingRow> RowsOf(Ticket ticket, WorkingCalendar calendar, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        return HoldingTimeline.Of(ticket, now).Select((h, i) => new HoldingRow
        {
            TicketId = ticket.Id,
            Seq = i,
            Round = h.Round,
            Kind = h.Kind,
            UnitId = h.UnitId,
            IsLead = h.IsLead,
            FromAt = h.From,
            ToAt = h.To,
            End = h.End,
            Natural = h.To is null ? null : h.Natural(now),
            Working = h.To is null ? null : h.Working(calendar, now),
        });
    }
}

/// <summary>Runs <see cref="HoldingFold"/> every <see cref="HotlineOptions.FigureFoldInterval"/> until the queue is empty.</summary>
public sealed class HoldingFoldService(
    IServiceScopeFactory scopes,
    TimeProvider time,
    IOptions<HotlineOptions> options,
    ILogger<HoldingFoldService> logger) : BackgroundService
{
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
                    var services = scope.ServiceProvider;
                    await HoldingFold.FoldAllAsync(services.GetRequiredService<HotlineDbContext>(), services.GetRequiredService<DeadlineService>(),
                        time.GetUtcNow(), stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    logger.LogWarning(ex, "Folding the holdings failed; the next fold runs in {Interval}", options.Value.FigureFoldInterval);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }
}
