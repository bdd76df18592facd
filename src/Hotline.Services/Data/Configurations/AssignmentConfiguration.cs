using Hotline.Domain.Tickets;
using Hotline.Domain.Units;
using Microsoft.EntityFrameworkCore;
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
        // No row version here: acts on an assignment always update its ticket row (LastActivityAt), whose version
        // guards them; the deadline monitor's marks on this row must not make a liaison's act "changed by someone else".
        b.HasOne<Unit>().WithMany().HasForeignKey(a => a.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(a => a.TicketId);
        // A unit's workbench: its active assignments by the next clock.
        b.HasIndex(a => new { a.UnitId, a.IsActive, a.SignForDueAt });
    }
}
