using Hotline.Domain.Common;
using Hotline.Domain.Knowledge;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hotline.Services.Data.Configurations;

internal sealed class KnowledgeArticleConfiguration : IEntityTypeConfiguration<KnowledgeArticle>
{
    public void Configure(EntityTypeBuilder<KnowledgeArticle> b)
    {
        b.HasKey(a => a.Id);
        b.Property(a => a.Title).HasMaxLength(Limits.ArticleTitleMax).IsRequired();
        b.Property(a => a.Body).HasMaxLength(Limits.ArticleBodyMax).IsRequired();
        b.Property(a => a.Keywords).HasMaxLength(Limits.KeywordsMax).IsRequired();
        b.Property(a => a.CategoryIds).IsRequired();
        b.Ignore(a => a.Content);
        // Every save bumps the version number: two administrators editing at once cannot overwrite each other.
        b.Property(a => a.Version).IsConcurrencyToken();
        b.HasMany(a => a.Versions).WithOne().HasForeignKey(v => v.ArticleId).OnDelete(DeleteBehavior.Restrict);
        b.Navigation(a => a.Versions).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
