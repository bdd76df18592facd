using Hotline.Domain.Tickets;
using Hotline.Domain.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hotline.Services.Data.Configurations;

internal sealed class AssignmentConfiguration : IEntityTypeConfiguration<Assignment>
{
    public void Configure(EntityTypeBuilder<Assignment> b)
    {
        b.HasKey(a => a.Id);
        b.Property(a => a.DispatchedByUserId).HasMaxLength(450).IsRequired();
        b.Property(a => a.Instruction).HasMaxLength(Domain.Common.Limits.NoteMax);
        b.Property(a => a.ReturnReason).HasMaxLength(Domain.Common.Limits.NoteMax);
        b.Ignore(a => a.IsLead);
        b.Ignore(a => a.IsDelegated);
        b.Ignore(a => a.ObjectionPending);
        // The clock the assignment runs while it runs and its due time, stored by PostgreSQL from the row's own columns
        // (Data/Sql/Columns, ADR 0033): the queues sort and count on them through an index; the view running_clocks reads
        // them. Shadow properties: only queries read them (EF.Property), so no domain object carries a stale copy.
        b.Property<ClockKind>(StoredClock.Kind).HasComputedColumnSql(Sql.SqlFile.ReadColumn("assignment_clock"), stored: true);
        b.Property<DateTimeOffset>(StoredClock.DueAt).HasComputedColumnSql(Sql.SqlFile.ReadColumn("assignment_clock_due_at"), stored: true);
        // The ticket's status and supervision, copied by triggers (TicketStateCopy, ADR 0038) for the workbench's index;
        // the app neither writes nor reads them back.
        foreach (var copy in new[] { b.Property<TicketStatus?>(TicketStateCopy.Status).Metadata, b.Property<SupervisionLevel?>(TicketStateCopy.Supervision).Metadata })
        {
            copy.SetBeforeSaveBehavior(PropertySaveBehavior.Ignore);
            copy.SetAfterSaveBehavior(PropertySaveBehavior.Ignore);
        }

        // 派单异议 and 下派 (ADR 0029): the objections waiting for arbitration, the objections of a period (unit and
        // dispatcher measures), and a parent's sub-unit assignments.
        b.Property(a => a.ObjectionReason).HasMaxLength(Domain.Common.Limits.NoteMax);
        b.Property(a => a.ObjectionDecidedByUserId).HasMaxLength(450);
        b.HasOne<Unit>().WithMany().HasForeignKey(a => a.ObjectionSuggestedUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(a => a.ObjectedAt, "ix_assignments_objected_at").HasDatabaseName("ix_assignments_objected_at")
            .HasFilter("objected_at IS NOT NULL").IncludeProperties(a => new { a.UnitId, a.ObjectionStatus, a.DispatchedByUserId });
        // The parent through its navigation, so a delegation saved with its parent stores the parent's real id.
        b.HasOne<Assignment>("Parent").WithMany().HasForeignKey(a => a.ParentAssignmentId).OnDelete(DeleteBehavior.NoAction);
        b.HasIndex(a => a.ParentAssignmentId, "ix_assignments_parent").HasDatabaseName("ix_assignments_parent").HasFilter("parent_assignment_id IS NOT NULL");
        // The parts delegated in a period (DelegationService.ReceivedIn/GivenIn: the unit page, the ranking, the trend): a few
        // hundred entries a year, where the period's range of ix_assignments_dispatched_at holds every assignment (~2M a year
        // at 10M tickets, 1.3 s for a year's ranking).
        b.HasIndex(a => a.DispatchedAt, "ix_assignments_delegated_dispatched_at").HasDatabaseName("ix_assignments_delegated_dispatched_at")
            .HasFilter("role = 3").IncludeProperties(a => new { a.UnitId, a.ParentAssignmentId, a.IsActive, a.ResolvedAt });
        // No row version here: every act on an assignment goes through Ticket.Move, which bumps the ticket's Revision and
        // so updates the ticket row, whose version guards it (ADR 0008); the deadline monitor's marks on this row must
        // not make a liaison's act "changed by someone else".
        b.HasOne<Unit>().WithMany().HasForeignKey(a => a.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(a => a.TicketId);
        // Average handling time: lead assignments resolved in a period, with the dispatch time it subtracts.
        b.HasIndex(a => a.ResolvedAt).IncludeProperties(a => a.DispatchedAt)
            .HasFilter("role = 1 AND resolved_at IS NOT NULL").HasDatabaseName("ix_assignments_lead_resolved_at");
        // A unit's workbench: its active assignments by the next clock.
        b.HasIndex(a => new { a.UnitId, a.IsActive, a.SignForDueAt });
        // Every running assignment clock with what running_clocks reads of it (its assignment branch's predicate, the
        // ticket's status as the assignment carries it included, and the stored clock and due time), so the dashboard's
        // backlog reads the clocks index-only instead of one assignment look-up per open ticket, and without a join to
        // the tickets.
        b.HasIndex(a => a.TicketId, "ix_assignments_running").HasDatabaseName("ix_assignments_running")
            .HasFilter("is_active AND resolved_at IS NULL AND ticket_status IN (2, 3, 4) AND (role = 1 OR assist_done_at IS NULL)")
            .IncludeProperties(nameof(Assignment.UnitId), nameof(Assignment.Role), nameof(Assignment.DispatchedAt), StoredClock.Kind, StoredClock.DueAt);
        // The open slice (a few thousand rows of millions): the deadline monitor's running lead clocks (a unit's workbench
        // reads ix_assignments_workbench, Data/Sql/queue_indexes.sql). The queries repeat these predicates so the
        // planner can use the partial indexes.
        b.HasIndex(a => a.SignForDueAt, "ix_assignments_open_lead").HasDatabaseName("ix_assignments_open_lead").HasFilter("is_active AND resolved_at IS NULL AND role = 1");
        // Measures (docs/measures.md): a unit's lead assignments dispatched in a period / falling due in a period,
        // and the same hotline-wide.
        // They carry the facts the measures compare, so a unit's month is read from the index alone: otherwise the
        // planner prefers walking the whole hotline's month in time order (rows lie in time order on disk).
        b.HasIndex(a => new { a.UnitId, a.DispatchedAt }, "ix_assignments_lead_unit_dispatched_at").HasDatabaseName("ix_assignments_lead_unit_dispatched_at")
            .HasFilter("role = 1")
            .IncludeProperties(a => new { a.SignForDueAt, a.SignedForAt, a.FirstContactDueAt, a.FirstContactAt, a.IsActive, a.ResolvedAt, a.SignForExcused, a.FirstContactExcused });
        b.HasIndex(a => new { a.UnitId, a.ResolveDueAt }, "ix_assignments_lead_unit_resolve_due_at").HasDatabaseName("ix_assignments_lead_unit_resolve_due_at")
            .HasFilter("role = 1")
            .IncludeProperties(a => new { a.ResolvedAt, a.IsActive, a.ResolutionExcused });
        b.HasIndex(a => a.DispatchedAt);
        b.HasIndex(a => a.ResolveDueAt);
        // The unit figures read from rollups (docs/decisions/0023-unit-figure-rollups.md) subtract the clocks still
        // undecided now (no act yet, deadline ahead) and add today's deadlines passed so far: three small slices.
        b.HasIndex(a => a.SignForDueAt, "ix_assignments_lead_unsigned").HasDatabaseName("ix_assignments_lead_unsigned")
            .HasFilter("role = 1 AND signed_for_at IS NULL");
        b.HasIndex(a => a.FirstContactDueAt, "ix_assignments_lead_uncontacted").HasDatabaseName("ix_assignments_lead_uncontacted")
            .HasFilter("role = 1 AND first_contact_at IS NULL");
        b.HasIndex(a => a.ResolveDueAt, "ix_assignments_lead_resolve_due_at").HasDatabaseName("ix_assignments_lead_resolve_due_at")
            .HasFilter("role = 1")
            .IncludeProperties(a => new { a.UnitId, a.ResolvedAt, a.IsActive, a.ResolutionExcused });
    }
}
