using Hotline.Domain.Common;
using Hotline.Domain.Incidents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hotline.Services.Data.Configurations;

internal sealed class IncidentCallbackConfiguration : IEntityTypeConfiguration<IncidentCallback>
{
    public void Configure(EntityTypeBuilder<IncidentCallback> b)
    {
        b.HasKey(c => c.Id);
        b.Property(c => c.Phone).HasMaxLength(Limits.PhoneMax).IsRequired();
        b.Property(c => c.CallerName).HasMaxLength(Limits.PersonNameMax);
        b.Property(c => c.CitizenWords).HasMaxLength(Limits.NoteMax);
        b.Property(c => c.AgentUserId).HasMaxLength(450);
        b.Property(c => c.AgentName).HasMaxLength(Limits.PersonNameMax);
        b.Property(c => c.Version).IsRowVersion();
        b.Ignore(c => c.IsUnreachable);
        b.HasOne<Incident>().WithMany().HasForeignKey(c => c.IncidentId).OnDelete(DeleteBehavior.Restrict);
        // One callback per caller (number) of an incident: listing again inserts only callers not listed yet.
        b.HasIndex(c => new { c.IncidentId, c.Phone }).IsUnique();
    }
}
