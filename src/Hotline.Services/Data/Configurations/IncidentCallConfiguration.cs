using Hotline.Domain.Calls;
using Hotline.Domain.Common;
using Hotline.Domain.Incidents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hotline.Services.Data.Configurations;

internal sealed class IncidentCallConfiguration : IEntityTypeConfiguration<IncidentCall>
{
    public void Configure(EntityTypeBuilder<IncidentCall> b)
    {
        // The call's id is the key: one call is attached once, whatever races.
        b.HasKey(c => c.CallId);
        b.Property(c => c.CallId).ValueGeneratedNever();
        b.Property(c => c.Phone).HasMaxLength(Limits.PhoneMax).IsRequired();
        b.Property(c => c.CallerName).HasMaxLength(Limits.PersonNameMax);
        b.Property(c => c.Words).HasMaxLength(Limits.NoteMax);
        b.Property(c => c.AgentUserId).HasMaxLength(450).IsRequired();
        b.HasOne<Call>().WithOne().HasForeignKey<IncidentCall>(c => c.CallId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Incident>().WithMany().HasForeignKey(c => c.IncidentId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(c => new { c.IncidentId, c.CallStartedAt });
    }
}
