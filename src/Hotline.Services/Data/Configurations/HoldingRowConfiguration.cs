using Hotline.Services.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hotline.Services.Data.Configurations;

/// <summary>The stored holdings the per-unit measures read (docs/decisions/0027-clock-per-holder.md).</summary>
internal sealed class HoldingRowConfiguration : IEntityTypeConfiguration<HoldingRow>
{
    public void Configure(EntityTypeBuilder<HoldingRow> b)
    {
        b.ToTable("ticket_holdings");
        b.HasKey(h => new { h.TicketId, h.Seq });
        b.Property(h => h.End).HasColumnName("end_kind");
        // A unit's ended holdings by the time they ended: the monthly measures' only read.
        b.HasIndex(h => new { h.UnitId, h.ToAt })
            .HasDatabaseName("ix_ticket_holdings_unit_ended")
            .HasFilter("to_at IS NOT NULL AND unit_id IS NOT NULL")
            .IncludeProperties(h => new { h.IsLead, h.End, h.Natural, h.Working });
        b.HasOne<Hotline.Domain.Tickets.Ticket>().WithMany().HasForeignKey(h => h.TicketId).OnDelete(DeleteBehavior.Cascade);
    }
}
