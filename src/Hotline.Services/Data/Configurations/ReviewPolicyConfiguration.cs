using Hotline.Domain.Deadlines;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hotline.Services.Data.Configurations;

internal sealed class ReviewPolicyConfiguration : IEntityTypeConfiguration<ReviewPolicy>
{
    public void Configure(EntityTypeBuilder<ReviewPolicy> b)
    {
        b.HasKey(p => p.Id);
        b.HasIndex(p => p.RequestType).IsUnique();
        b.Property(p => p.Version).IsRowVersion();
        b.ComplexProperty(p => p.Limit, c =>
        {
            c.Property(t => t.Amount);
            c.Property(t => t.Unit);
        });
    }
}
