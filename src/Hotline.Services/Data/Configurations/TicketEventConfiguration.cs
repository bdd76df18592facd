using Hotline.Domain.Common;
using Hotline.Domain.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hotline.Services.Data.Configurations;

internal sealed class TicketEventConfiguration : IEntityTypeConfiguration<TicketEvent>
{
    public void Configure(EntityTypeBuilder<TicketEvent> b)
    {
        b.HasKey(e => e.Id);
        b.Property(e => e.ActorUserId).HasMaxLength(450).IsRequired();
        b.Property(e => e.ActorName).HasMaxLength(Limits.PersonNameMax).IsRequired();
        b.Property(e => e.Note).HasMaxLength(Limits.ContentMax);
        b.HasIndex(e => new { e.TicketId, e.At });
        b.HasOne<Domain.Units.Unit>().WithMany().HasForeignKey(e => e.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Domain.Calls.Call>().WithMany().HasForeignKey(e => e.CallId).OnDelete(DeleteBehavior.Restrict);
    }
}
