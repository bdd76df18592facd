using Hotline.Domain.Common;
using Hotline.Domain.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hotline.Services.Data.Configurations;

internal sealed class ExtensionRequestConfiguration : IEntityTypeConfiguration<ExtensionRequest>
{
    public void Configure(EntityTypeBuilder<ExtensionRequest> b)
    {
        b.HasKey(e => e.Id);
        b.Property(e => e.RequestedByUserId).HasMaxLength(450).IsRequired();
        b.Property(e => e.DecidedByUserId).HasMaxLength(450);
        b.Property(e => e.Reason).HasMaxLength(Limits.NoteMax).IsRequired();
        b.Property(e => e.DecisionNote).HasMaxLength(Limits.NoteMax);
        b.HasOne<Assignment>().WithMany().HasForeignKey(e => e.AssignmentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Domain.Units.Unit>().WithMany().HasForeignKey(e => e.UnitId).OnDelete(DeleteBehavior.Restrict);
        // Supervisors' list of pending requests.
        b.HasIndex(e => new { e.Status, e.RequestedAt });
        b.HasIndex(e => e.TicketId);
    }
}
