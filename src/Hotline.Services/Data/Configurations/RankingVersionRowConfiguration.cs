using Hotline.Domain.Common;
using Hotline.Services.Rankings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hotline.Services.Data.Configurations;

internal sealed class RankingVersionRowConfiguration : IEntityTypeConfiguration<RankingVersionRow>
{
    public void Configure(EntityTypeBuilder<RankingVersionRow> b)
    {
        b.HasKey(r => r.Id);
        b.Property(r => r.Code).HasMaxLength(Limits.CodeMax).IsRequired();
        b.Property(r => r.NameZh).HasMaxLength(Limits.UnitNameMax).IsRequired();
        b.Property(r => r.NameEn).HasMaxLength(Limits.UnitNameMax).IsRequired();
        b.HasIndex(r => new { r.VersionId, r.UnitId }).IsUnique();
    }
}
