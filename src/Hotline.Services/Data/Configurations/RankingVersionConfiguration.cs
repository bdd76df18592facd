using Hotline.Domain.Common;
using Hotline.Services.Rankings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hotline.Services.Data.Configurations;

internal sealed class RankingVersionConfiguration : IEntityTypeConfiguration<RankingVersion>
{
    public void Configure(EntityTypeBuilder<RankingVersion> b)
    {
        b.HasKey(v => v.Id);
        // Two supervisors publishing the same month at once: one version number, one winner.
        b.HasIndex(v => new { v.Month, v.Number }).IsUnique();
        b.Property(v => v.PublishedByUserId).HasMaxLength(450).IsRequired();
        b.Property(v => v.PublishedByName).HasMaxLength(Limits.PersonNameMax).IsRequired();
        b.Property(v => v.Weights).HasMaxLength(2000).IsRequired();
        b.Property(v => v.Definitions).HasMaxLength(500).IsRequired();
        b.Property(v => v.Note).HasMaxLength(Limits.NoteMax);
        b.HasMany(v => v.Rows).WithOne().HasForeignKey(r => r.VersionId).OnDelete(DeleteBehavior.Cascade);
    }
}
