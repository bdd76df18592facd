using Hotline.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hotline.Services.Data.Configurations;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> b)
    {
        b.HasKey(n => n.Id);
        b.Property(n => n.UserId).HasMaxLength(450).IsRequired();
        b.Property(n => n.TicketNumber).HasMaxLength(Domain.Common.Limits.TicketNumberLength).IsRequired();
        b.Property(n => n.Detail).HasMaxLength(200);
        b.HasOne<HotlineUser>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);
        // The header's unread count and the list, newest first.
        b.HasIndex(n => new { n.UserId, n.ReadAt, n.CreatedAt });
    }
}
