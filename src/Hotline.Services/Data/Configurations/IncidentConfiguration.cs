using Hotline.Domain.Classification;
using Hotline.Domain.Common;
using Hotline.Domain.Incidents;
using Hotline.Domain.Tickets;
using Hotline.Domain.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hotline.Services.Data.Configurations;

internal sealed class IncidentConfiguration : IEntityTypeConfiguration<Incident>
{
    public void Configure(EntityTypeBuilder<Incident> b)
    {
        b.HasKey(i => i.Id);
        b.Property(i => i.Name).HasMaxLength(Incident.NameMax).IsRequired();
        b.Property(i => i.DeclaredByUserId).HasMaxLength(450).IsRequired();
        b.Property(i => i.DeclaredByName).HasMaxLength(Limits.PersonNameMax).IsRequired();
        b.Property(i => i.EndedByName).HasMaxLength(Limits.PersonNameMax);
        b.Property(i => i.Version).IsRowVersion();
        b.HasOne<Category>().WithMany().HasForeignKey(i => i.CategoryId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Unit>().WithMany().HasForeignKey(i => i.AreaUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Ticket>().WithMany().HasForeignKey(i => i.MasterTicketId).OnDelete(DeleteBehavior.Restrict);
        // Intake's offer and the wall read the incidents not ended.
        b.HasIndex(i => i.StartsAt).HasFilter("ended_at IS NULL").HasDatabaseName("ix_incidents_running");
    }
}
