using Hotline.Domain.Classification;
using Hotline.Domain.Common;
using Hotline.Domain.Knowledge;
using Hotline.Domain.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hotline.Services.Data.Configurations;

internal sealed class CategoryConfiguration : IEntityTypeConfiguration<Category>
{
    public void Configure(EntityTypeBuilder<Category> b)
    {
        b.HasKey(c => c.Id);
        b.Property(c => c.Code).HasMaxLength(Limits.CodeMax).IsRequired();
        b.HasIndex(c => c.Code).IsUnique();
        b.Property(c => c.NameZh).HasMaxLength(Limits.CategoryNameMax).IsRequired();
        b.Property(c => c.NameEn).HasMaxLength(Limits.CategoryNameMax).IsRequired();
        b.Property(c => c.Keywords).HasMaxLength(Limits.KeywordsMax).IsRequired();
        b.HasOne<Category>().WithMany().HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Unit>().WithMany().HasForeignKey(c => c.DefaultUnitId).OnDelete(DeleteBehavior.Restrict);
        b.Ignore(c => c.IsLeaf);
    }
}
