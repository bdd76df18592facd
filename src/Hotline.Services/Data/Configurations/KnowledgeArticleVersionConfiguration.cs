using Hotline.Domain.Common;
using Hotline.Domain.Knowledge;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hotline.Services.Data.Configurations;

internal sealed class KnowledgeArticleVersionConfiguration : IEntityTypeConfiguration<KnowledgeArticleVersion>
{
    public void Configure(EntityTypeBuilder<KnowledgeArticleVersion> b)
    {
        b.HasKey(v => v.Id);
        b.HasIndex(v => new { v.ArticleId, v.Number }).IsUnique();
        b.Property(v => v.Title).HasMaxLength(Limits.ArticleTitleMax).IsRequired();
        b.Property(v => v.Body).HasMaxLength(Limits.ArticleBodyMax).IsRequired();
        b.Property(v => v.Keywords).HasMaxLength(Limits.KeywordsMax).IsRequired();
        b.Property(v => v.CategoryIds).IsRequired();
        b.Property(v => v.SavedBy).HasMaxLength(Limits.PersonNameMax * 2).IsRequired();
    }
}
