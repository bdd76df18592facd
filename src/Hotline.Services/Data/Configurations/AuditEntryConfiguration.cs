using Hotline.Domain.Common;
using Hotline.Services.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hotline.Services.Data.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.ToTable("audit_entries");
        b.HasKey(e => e.Id);
        b.Property(e => e.ActorId).HasMaxLength(450);
        b.Property(e => e.ActorName).HasMaxLength(256).IsRequired();
        b.Property(e => e.Area).HasMaxLength(32).IsRequired();
        b.Property(e => e.Action).HasMaxLength(64).IsRequired();
        b.Property(e => e.Subject).HasMaxLength(256).IsRequired();
        b.Property(e => e.Before).HasColumnType("jsonb");
        b.Property(e => e.After).HasColumnType("jsonb");
        b.Property(e => e.Address).HasMaxLength(64);
        // The audit page: newest first, by area.
        b.HasIndex(e => e.At);
        b.HasIndex(e => new { e.Area, e.At });
    }
}
