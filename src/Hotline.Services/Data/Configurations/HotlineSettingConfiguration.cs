using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hotline.Services.Data.Configurations;

internal sealed class HotlineSettingConfiguration : IEntityTypeConfiguration<HotlineSetting>
{
    public void Configure(EntityTypeBuilder<HotlineSetting> b)
    {
        b.HasKey(s => s.Key);
        b.Property(s => s.Key).HasMaxLength(100);
        b.Property(s => s.Value).HasMaxLength(4000).IsRequired();
    }
}
