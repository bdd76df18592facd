using Hotline.Domain.Classification;
using Hotline.Domain.Common;
using Hotline.Domain.Knowledge;
using Hotline.Domain.Units;
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
        b.HasOne<Category>().WithMany().HasForeignKey(a => a.CategoryId).OnDelete(DeleteBehavior.Restrict);
    }
}
