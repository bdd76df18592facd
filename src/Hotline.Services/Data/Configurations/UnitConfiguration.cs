using Hotline.Domain.Classification;
using Hotline.Domain.Common;
using Hotline.Domain.Knowledge;
using Hotline.Domain.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hotline.Services.Data.Configurations;

internal sealed class UnitConfiguration : IEntityTypeConfiguration<Unit>
{
    public void Configure(EntityTypeBuilder<Unit> b)
    {
        b.HasKey(u => u.Id);
        b.Property(u => u.Code).HasMaxLength(Limits.CodeMax).IsRequired();
        b.HasIndex(u => u.Code).IsUnique();
        b.Property(u => u.NameZh).HasMaxLength(Limits.UnitNameMax).IsRequired();
        b.Property(u => u.NameEn).HasMaxLength(Limits.UnitNameMax).IsRequired();
        b.Property(u => u.ContactPhone).HasMaxLength(Limits.PhoneMax);
        b.HasOne<Unit>().WithMany().HasForeignKey(u => u.ParentId).OnDelete(DeleteBehavior.Restrict);
        b.Ignore(u => u.IsArea);
    }
}
