using Hotline.Domain.Common;
using Hotline.Domain.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hotline.Services.Data.Configurations;

internal sealed class CallbackConfiguration : IEntityTypeConfiguration<Callback>
{
    public void Configure(EntityTypeBuilder<Callback> b)
    {
        b.HasKey(c => c.Id);
        b.Property(c => c.AgentUserId).HasMaxLength(450).IsRequired();
        b.Property(c => c.AgentName).HasMaxLength(Limits.PersonNameMax).IsRequired();
        b.Property(c => c.CitizenWords).HasMaxLength(Limits.NoteMax);
        b.Ignore(c => c.IsSatisfied);
        b.HasOne<Domain.Units.Unit>().WithMany().HasForeignKey(c => c.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(c => c.TicketId);
        // Measures: a unit's reached callbacks in a period, and the hotline's.
        b.HasIndex(c => new { c.UnitId, c.AttemptedAt });
        b.HasIndex(c => c.AttemptedAt);
    }
}
