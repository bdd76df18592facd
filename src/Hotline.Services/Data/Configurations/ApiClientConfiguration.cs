using Hotline.Domain.Channels;
using Hotline.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hotline.Services.Data.Configurations;

internal sealed class ApiClientConfiguration : IEntityTypeConfiguration<ApiClient>
{
    public void Configure(EntityTypeBuilder<ApiClient> b)
    {
        b.HasKey(c => c.Id);
        b.Property(c => c.Name).HasMaxLength(Limits.PersonNameMax).IsRequired();
        b.Property(c => c.KeyPrefix).HasMaxLength(ApiKey.PrefixLength).IsRequired();
        b.Property(c => c.KeyHash).HasMaxLength(ApiKey.HashLength).IsFixedLength().IsRequired();
        b.Property(c => c.CreatedByUserId).HasMaxLength(450).IsRequired();
        b.Property(c => c.RevokedByUserId).HasMaxLength(450);
        b.Ignore(c => c.IsActive);
        b.Ignore(c => c.ActorUserId);
        // A request's key is found by its public prefix, then compared with the stored hash.
        b.HasIndex(c => c.KeyPrefix).IsUnique();
    }
}
