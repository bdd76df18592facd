using Hotline.Domain.Tickets;
using Hotline.Services.Data;
using Hotline.Services.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Tests.Workbench;

/// <summary>
/// Each assignment's copy of its ticket's status and supervision (TicketStateCopy, ADR 0038), which the workbench counts
/// and sorts by, is its ticket's: for the demo tickets made through the services, after random changes of every ticket's
/// status and supervision, and for an assignment added afterwards.
/// </summary>
public sealed class TicketStateCopyTests(DemoDatabaseFixture app) : DatabaseTest<DemoDatabaseFixture>(app), IClassFixture<DemoDatabaseFixture>
{
    [Theory]
    [InlineData(0.17)]
    [InlineData(0.61)]
    public async Task Every_assignment_carries_its_tickets_status_and_supervision(double seed)
    {
        await App.ReadAsync(async db =>
        {
            await using var tx = await db.Database.BeginTransactionAsync();
            (await MismatchesAsync(db)).ShouldBeEmpty();

            await db.Database.ExecuteSqlAsync($"SELECT setseed({seed})");
            await db.Database.ExecuteSqlRawAsync("""
                UPDATE tickets SET status = 1 + floor(random() * 9)::int WHERE random() < 0.7;
                UPDATE tickets SET supervision = CASE WHEN random() < 0.4 THEN NULL ELSE 1 + floor(random() * 2)::int END WHERE random() < 0.7;
                INSERT INTO assignments (ticket_id, round, unit_id, role, dispatched_at, dispatched_by_user_id, sign_for_due_at,
                    first_contact_due_at, resolve_due_at, is_active, extension_count, warning, return_status, objection_status,
                    first_contact_excused, resolution_excused, sign_for_excused, review_returns)
                SELECT a.ticket_id, a.round, a.unit_id, 2, a.dispatched_at, a.dispatched_by_user_id, a.sign_for_due_at,
                    a.first_contact_due_at, a.resolve_due_at, true, 0, 0, a.return_status, a.objection_status,
                    false, false, false, 0
                FROM assignments AS a WHERE a.role = 1 AND random() < 0.3;
                """);

            (await MismatchesAsync(db)).ShouldBeEmpty();
            var copies = await db.Assignments.AsNoTracking()
                .Select(a => new { Status = EF.Property<TicketStatus?>(a, TicketStateCopy.Status), Supervision = EF.Property<SupervisionLevel?>(a, TicketStateCopy.Supervision) })
                .ToListAsync();
            copies.Select(c => c.Status).Distinct().Count().ShouldBeGreaterThan(5);
            copies.Select(c => c.Supervision).Distinct().Count().ShouldBe(3);

            await tx.RollbackAsync();
            return 0;
        });
    }

    private static Task<List<long>> MismatchesAsync(HotlineDbContext db) => (
        from a in db.Assignments.AsNoTracking()
        join t in db.Tickets.AsNoTracking() on a.TicketId equals t.Id
        where EF.Property<TicketStatus?>(a, TicketStateCopy.Status) != t.Status
            || EF.Property<SupervisionLevel?>(a, TicketStateCopy.Supervision) != t.Supervision
        select a.Id).ToListAsync();
}
