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
        b.HasIndex(e => e.UnitId).HasDatabaseName("ix_ticket_events_unit_id");
        // A unit's latest replies (Resolve 12, SubmitForReview 30), which a new reply is compared with (ReplyQuality).
        b.HasIndex(e => new { e.UnitId, e.At }).IsDescending(false, true).HasFilter("action IN (12, 30)").HasDatabaseName("ix_ticket_events_unit_replies");
        b.HasOne<Domain.Units.Unit>().WithMany().HasForeignKey(e => e.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Domain.Calls.Call>().WithMany().HasForeignKey(e => e.CallId).OnDelete(DeleteBehavior.Restrict);
    }
}
