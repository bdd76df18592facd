using Hotline.Domain.Deadlines;
using Hotline.Domain.Notifications;
using Hotline.Domain.Tickets;
using Hotline.Services.Common;
using Hotline.Services.Data;
using Hotline.Services.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hotline.Services.Deadlines;

/// <summary>
/// One round of the deadline monitor: raises yellow (nearing) and red (overdue) marks on lead assignments whose
/// running clock got there, and tells the unit's liaisons, each level once. Every web node may run rounds; a
/// PostgreSQL advisory lock held for the round's transaction makes one of them the leader, the others skip.
/// </summary>
public sealed class DeadlineMonitor(
    HotlineDbContext db,
    HotlineClock clock,
    NotificationService notifications,
    IOptions<HotlineOptions> options,
    ILogger<DeadlineMonitor> logger)
{
    /// <summary>The advisory lock key of a monitor round (the database initializer uses 12345).</summary>
    public const long LockKey = 12346;

    /// <summary>Runs one round; the number of marks raised (0 when another node holds this round).</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct = default)
    {
        var share = options.Value.WarningShare;
        var batch = Math.Max(1, options.Value.MonitorBatchSize);
        var now = clock.UtcNow;

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var leader = await db.Database.SqlQuery<bool>($"SELECT pg_try_advisory_xact_lock({LockKey}) AS \"Value\"").SingleAsync(ct);
        if (!leader)
        {
            logger.LogDebug("Deadline monitor round skipped: another node holds the lock");
            return 0;
        }

        var due = await CandidatesAsync(now, share, batch, ct);
        if (due.Count == 0)
        {
            await tx.CommitAsync(ct);
            return 0;
        }

        var ticketIds = due.Select(a => a.TicketId).Distinct().ToList();
        var numbers = await db.Tickets.AsNoTracking().Where(t => ticketIds.Contains(t.Id))
            .ToDictionaryAsync(t => t.Id, t => t.Number, ct);
        var notices = new List<UnitNotice>();
        foreach (var assignment in due)
        {
            if (Mark(assignment, now, share) is not { } raised)
            {
                continue;
            }

            var (running, mark) = raised;
            var kind = IsOverdue(mark) ? NotificationKind.DeadlineOverdue : NotificationKind.DeadlineNearing;
            notices.Add(new UnitNotice(assignment.UnitId, kind, numbers[assignment.TicketId], running.ToString()));
            logger.LogDebug("Ticket {TicketNumber}: {Clock} clock of unit {UnitId} marked {Mark}",
                numbers[assignment.TicketId], running, assignment.UnitId, mark);
        }

        await notifications.NotifyUnitsAsync(notices, ct);
        try
        {
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            // Only the warning column is written, so a liaison's concurrent act is never overwritten; should a row
            // have vanished meanwhile, drop the round and let the next one read afresh.
            db.ChangeTracker.Clear();
            logger.LogWarning(ex, "Deadline monitor round dropped: an assignment changed while marking {Count} marks", notices.Count);
            return 0;
        }

        logger.LogInformation("Deadline monitor raised {Count} marks on {Assignments} assignments", notices.Count, due.Count);
        return notices.Count;
    }

    /// <summary>
    /// Lead assignments whose running clock has reached a mark not yet raised, the earliest due first, at most
    /// <paramref name="batch"/>. The arithmetic is <see cref="DeadlineWarning.Evaluate"/>'s, done in SQL so only
    /// rows that need marking are loaded.
    /// </summary>
    private Task<List<Assignment>> CandidatesAsync(DateTimeOffset now, double share, int batch, CancellationToken ct) =>
        db.Assignments.FromSqlInterpolated($"""
            SELECT a.*
            FROM assignments AS a
            CROSS JOIN LATERAL (SELECT
                CASE WHEN a.signed_for_at IS NULL THEN a.sign_for_due_at
                     WHEN a.first_contact_at IS NULL THEN a.first_contact_due_at
                     ELSE a.resolve_due_at END AS due_at,
                CASE WHEN a.signed_for_at IS NULL THEN {(int)WarningMark.SignForNearing}
                     WHEN a.first_contact_at IS NULL THEN {(int)WarningMark.FirstContactNearing}
                     ELSE {(int)WarningMark.ResolveNearing} END AS nearing) AS c
            WHERE a.is_active AND a.role = {(int)AssignmentRole.Lead} AND a.resolved_at IS NULL
              AND ((a.warning < c.nearing AND {now} >= c.due_at - {share} * (c.due_at - LEAST(a.dispatched_at, c.due_at)))
                OR (a.warning < c.nearing + 1 AND {now} > c.due_at))
            ORDER BY c.due_at, a.id
            LIMIT {batch}
            """).ToListAsync(ct);

    /// <summary>Raises the mark the running clock has earned; the clock and mark when it is new.</summary>
    private static (MonitoredClock Clock, WarningMark Mark)? Mark(Assignment assignment, DateTimeOffset now, double share)
    {
        var (running, due) = Running(assignment);
        var start = assignment.DispatchedAt <= due ? assignment.DispatchedAt : due;
        var mark = DeadlineWarning.Evaluate(start, due, now, share) switch
        {
            WarningLevel.Red => Overdue(running),
            WarningLevel.Yellow => Nearing(running),
            _ => WarningMark.None,
        };
        return mark != WarningMark.None && assignment.Raise(mark) ? (running, mark) : null;
    }

    private static (MonitoredClock Clock, DateTimeOffset DueAt) Running(Assignment a) =>
        a.SignedForAt is null ? (MonitoredClock.SignFor, a.SignForDueAt)
        : a.FirstContactAt is null ? (MonitoredClock.FirstContact, a.FirstContactDueAt)
        : (MonitoredClock.Resolve, a.ResolveDueAt);

    private static WarningMark Nearing(MonitoredClock running) => running switch
    {
        MonitoredClock.SignFor => WarningMark.SignForNearing,
        MonitoredClock.FirstContact => WarningMark.FirstContactNearing,
        _ => WarningMark.ResolveNearing,
    };

    private static WarningMark Overdue(MonitoredClock running) => running switch
    {
        MonitoredClock.SignFor => WarningMark.SignForOverdue,
        MonitoredClock.FirstContact => WarningMark.FirstContactOverdue,
        _ => WarningMark.ResolveOverdue,
    };

    private static bool IsOverdue(WarningMark mark) =>
        mark is WarningMark.SignForOverdue or WarningMark.FirstContactOverdue or WarningMark.ResolveOverdue;
}
