using Hotline.Domain.Common;
using Hotline.Domain.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hotline.Services.Data.Configurations;

internal sealed class AppealConfiguration : IEntityTypeConfiguration<Appeal>
{
    public void Configure(EntityTypeBuilder<Appeal> b)
    {
        b.HasKey(p => p.Id);
        b.Property(p => p.Reason).HasMaxLength(Limits.NoteMax).IsRequired();
        b.Property(p => p.RaisedByUserId).HasMaxLength(450).IsRequired();
        b.Property(p => p.DecidedByUserId).HasMaxLength(450);
        b.Property(p => p.DecisionNote).HasMaxLength(Limits.NoteMax);
        b.Ignore(p => p.IsPending);
        b.HasOne<Domain.Units.Unit>().WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Assignment>().WithMany().HasForeignKey(p => p.AssignmentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Callback>().WithMany().HasForeignKey(p => p.CallbackId).OnDelete(DeleteBehavior.Restrict);
        // The files sent with it: ticket attachments that name the appeal (ADR 0031).
        b.HasMany(p => p.Evidence).WithOne().HasForeignKey(a => a.AppealId).OnDelete(DeleteBehavior.Restrict);
        b.Navigation(p => p.Evidence).HasField("_evidence");
        // One appeal per mark (ADR 0031), whatever two liaisons submit at the same moment.
        b.HasIndex(p => new { p.AssignmentId, p.Mark }).IsUnique().HasFilter("assignment_id IS NOT NULL");
        b.HasIndex(p => p.CallbackId).IsUnique().HasFilter("callback_id IS NOT NULL");
        b.HasIndex(p => p.TicketId);
        // The supervisors' queue (pending, oldest first), the log (newest first) and a unit's own appeals.
        b.HasIndex(p => p.RaisedAt).HasFilter("status = 1").HasDatabaseName("ix_appeals_pending");
        b.HasIndex(p => p.RaisedAt);
        b.HasIndex(p => new { p.UnitId, p.RaisedAt });
    }
}
