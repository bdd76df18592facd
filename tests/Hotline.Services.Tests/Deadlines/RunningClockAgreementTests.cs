using Hotline.Domain.Deadlines;
using Hotline.Domain.Tickets;
using Hotline.Services.Data;
using Hotline.Services.Deadlines;
using Hotline.Services.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Tests.Deadlines;

/// <summary>
/// The one running clock (docs/decisions/0018-one-running-clock.md): for random assignments and times, the domain's
/// AssignmentClock and RunningClock.Warning agree with the view running_clocks and hotline_clock_warning on real
/// PostgreSQL — which clock runs, its start and due time, and its colour for any warning share — and that every
/// assignment's stored clock (the generated columns assignments.clock and clock_due_at, ADR 0033) is AssignmentClock.Next.
/// </summary>
public sealed class RunningClockAgreementTests(DemoDatabaseFixture app) : DatabaseTest<DemoDatabaseFixture>(app), IClassFixture<DemoDatabaseFixture>
{
    private static readonly double[] Shares = [0, 0.1, 0.25, 1.0 / 3, 0.5, 1];

    [Theory]
    [InlineData(0.11)]
    [InlineData(0.42)]
    [InlineData(0.73)]
    public async Task For_random_assignments_and_times_the_CSharp_clock_and_the_SQL_view_agree(double seed)
    {
        await App.ReadAsync(async db =>
        {
            await using var tx = await db.Database.BeginTransactionAsync();
            await RandomizeAsync(db, seed);

            var tickets = await db.Tickets.AsNoTracking()
                .Select(t => new { t.Id, t.Status, t.RegisteredAt, t.DispatchRestartedAt, t.DispatchDueAt })
                .ToDictionaryAsync(t => t.Id);
            var assignments = await db.Assignments.AsNoTracking().ToListAsync();
            var expected = tickets.Values
                .Select(t => (t.Id, (long?)null, AssignmentClock.Dispatch(t.Status, t.RegisteredAt, t.DispatchRestartedAt, t.DispatchDueAt)))
                .Concat(assignments.Select(a => (a.TicketId, (long?)a.Id, AssignmentClock.Of(a, tickets[a.TicketId].Status))))
                .Where(x => x.Item3 is not null)
                .ToDictionary(x => (x.Item1, x.Item2), x => x.Item3!.Value);

            var view = await db.RunningClocks.AsNoTracking().ToListAsync();
            var actual = view.ToDictionary(c => (c.TicketId, c.AssignmentId), c => c.ToRunning());

            actual.Count.ShouldBe(expected.Count);
            expected.Count.ShouldBeGreaterThan(30);
            expected.Values.Select(c => c.Kind).Distinct().Count().ShouldBe(4);
            foreach (var (key, clock) in expected)
            {
                actual.ShouldContainKey(key);
                actual[key].ShouldBe(clock, $"ticket {key.Item1}, assignment {key.Item2}");
            }

            // The stored columns the view and the queues read (assignments.clock and clock_due_at, ADR 0033) hold
            // AssignmentClock.Next for every assignment, running or not.
            var stored = await db.Assignments.AsNoTracking()
                .Select(a => new { a.Id, Kind = EF.Property<ClockKind>(a, StoredClock.Kind), DueAt = EF.Property<DateTimeOffset>(a, StoredClock.DueAt) })
                .ToDictionaryAsync(a => a.Id);
            stored.Count.ShouldBe(assignments.Count);
            foreach (var a in assignments)
            {
                var next = AssignmentClock.Next(a.Role, a.DispatchedAt, a.SignForDueAt, a.SignedForAt, a.FirstContactDueAt, a.FirstContactAt, a.ResolveDueAt);
                (stored[a.Id].Kind, stored[a.Id].DueAt).ShouldBe((next.Kind, next.DueAt), $"assignment {a.Id}");
            }

            stored.Values.Select(c => c.Kind).Distinct().Count().ShouldBe(3);

            var assisting = assignments.Where(a => a.Role == AssignmentRole.Assisting).Select(a => (long?)a.Id).ToHashSet();
            view.Where(c => c.AssignmentId is { } id).ShouldAllBe(c => c.Role == (assisting.Contains(c.AssignmentId) ? AssignmentRole.Assisting : AssignmentRole.Lead));

            // Colours: random moments, each clock's own due time (on time) and its yellow boundary, for several shares.
            var random = new Random((int)(seed * 1000));
            var moments = Enumerable.Range(0, 6).Select(_ => App.Clock.GetUtcNow().AddMinutes(random.Next(-3 * 24 * 60, 5 * 24 * 60)).AddTicks(random.Next(0, 10_000_000) / 10 * 10))
                .Concat(expected.Values.OrderBy(_ => random.Next()).Take(4).Select(c => c.DueAt))
                .ToList();
            foreach (var share in Shares)
            {
                var sample = expected.Values.Where(c => c.StartedAt < c.DueAt).OrderBy(_ => random.Next()).Take(3)
                    .Select(c => c.DueAt - TimeSpan.FromTicks((long)((c.DueAt - c.StartedAt).Ticks * share) / 10 * 10));
                foreach (var now in moments.Concat(sample))
                {
                    var colours = await db.RunningClocks.AsNoTracking()
                        .Select(c => new { c.TicketId, c.AssignmentId, Warning = TicketClock.Warning(c.StartedAt, c.DueAt, now, share) })
                        .ToListAsync();
                    foreach (var c in colours)
                    {
                        ((WarningLevel)c.Warning).ShouldBe(expected[(c.TicketId, c.AssignmentId)].Warning(now, share),
                            $"ticket {c.TicketId}, assignment {c.AssignmentId}, share {share}, at {now:O}");
                    }
                }
            }

            await tx.RollbackAsync();
            return 0;
        });
    }

    /// <summary>Shuffles every ticket's state and every assignment's clocks (due times before their start included).</summary>
    private static async Task RandomizeAsync(Hotline.Services.Data.HotlineDbContext db, double seed)
    {
        await db.Database.ExecuteSqlAsync($"SELECT setseed({seed})");
        await db.Database.ExecuteSqlRawAsync("""
            UPDATE tickets SET
                status = 1 + floor(random() * 8)::int,
                dispatch_due_at = CASE WHEN random() < 0.1 THEN NULL
                                       ELSE registered_at + random() * interval '3 days' - interval '2 hours' END,
                dispatch_restarted_at = CASE WHEN random() < 0.5 THEN NULL ELSE registered_at + random() * interval '2 days' END;
            UPDATE assignments SET
                is_active = random() < 0.85,
                signed_for_at = CASE WHEN random() < 0.4 THEN NULL ELSE dispatched_at + random() * interval '1 hour' END,
                first_contact_at = CASE WHEN random() < 0.5 THEN NULL ELSE dispatched_at + random() * interval '5 hours' END,
                resolved_at = CASE WHEN random() < 0.6 THEN NULL ELSE dispatched_at + random() * interval '3 days' END,
                assist_done_at = CASE WHEN random() < 0.6 THEN NULL ELSE dispatched_at + random() * interval '2 days' END,
                sign_for_due_at = dispatched_at + random() * interval '1 day' - interval '1 hour',
                first_contact_due_at = dispatched_at + random() * interval '2 days' - interval '1 hour',
                resolve_due_at = dispatched_at + random() * interval '15 days' - interval '1 hour';
            """);
    }
}
