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

        var ticketIds = due.Select(d => d.Assignment.TicketId).Distinct().ToList();
        var numbers = await db.Tickets.AsNoTracking().Where(t => ticketIds.Contains(t.Id))
            .ToDictionaryAsync(t => t.Id, t => t.Number, ct);
        var notices = new List<UnitNotice>();
        foreach (var (assignment, running) in due)
        {
            if (Mark(assignment, running, now, share) is not { } mark)
            {
                continue;
            }

            var kind = IsOverdue(mark) ? NotificationKind.DeadlineOverdue : NotificationKind.DeadlineNearing;
            notices.Add(new UnitNotice(assignment.UnitId, kind, numbers[assignment.TicketId], running.Kind.ToString()));
            logger.LogDebug("Ticket {TicketNumber}: {Clock} clock of unit {UnitId} marked {Mark}",
                numbers[assignment.TicketId], running.Kind, assignment.UnitId, mark);
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
    /// Lead assignments whose running clock (the view running_clocks, docs/decisions/0018-one-running-clock.md) has
    /// reached a mark not yet raised, the earliest due first, at most <paramref name="batch"/>; the colour is
    /// hotline_clock_warning's, in SQL, so only rows that need marking are loaded.
    /// </summary>
    private async Task<List<(Assignment Assignment, RunningClock Clock)>> CandidatesAsync(DateTimeOffset now, double share, int batch, CancellationToken ct)
    {
        var rows = await (
                from c in db.RunningClocks
                join a in db.Assignments on c.AssignmentId equals (long?)a.Id
                where c.Role == AssignmentRole.Lead
                let warning = TicketClock.Warning(c.StartedAt, c.DueAt, now, share)
                // Each clock owns two marks in order: nearing is 1 + 2 × clock, overdue the next (WarningMark).
                where ((int)a.Warning < 1 + (2 * (int)c.Clock) && warning >= 1) || ((int)a.Warning < 2 + (2 * (int)c.Clock) && warning == 2)
                orderby c.DueAt, a.Id
                select new { Assignment = a, c.Clock, c.StartedAt, c.DueAt })
            .Take(batch).ToListAsync(ct);
        return [.. rows.Select(r => (r.Assignment, new RunningClock(r.Clock, r.StartedAt, r.DueAt)))];
    }

    /// <summary>Raises the mark the running clock has earned; the mark when it is new.</summary>
    private static WarningMark? Mark(Assignment assignment, RunningClock running, DateTimeOffset now, double share)
    {
        var mark = running.Warning(now, share) switch
        {
            WarningLevel.Red => Overdue(running.Kind),
            WarningLevel.Yellow => Nearing(running.Kind),
            _ => WarningMark.None,
        };
        return mark != WarningMark.None && assignment.Raise(mark) ? mark : null;
    }

    private static WarningMark Nearing(ClockKind running) => running switch
    {
        ClockKind.SignFor => WarningMark.SignForNearing,
        ClockKind.FirstContact => WarningMark.FirstContactNearing,
        _ => WarningMark.ResolveNearing,
    };

    private static WarningMark Overdue(ClockKind running) => running switch
    {
        ClockKind.SignFor => WarningMark.SignForOverdue,
        ClockKind.FirstContact => WarningMark.FirstContactOverdue,
        _ => WarningMark.ResolveOverdue,
    };

    private static bool IsOverdue(WarningMark mark) =>
        mark is WarningMark.SignForOverdue or WarningMark.FirstContactOverdue or WarningMark.ResolveOverdue;
}
