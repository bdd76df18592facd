using Hotline.Domain.Common;
using Hotline.Domain.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hotline.Services.Data.Configurations;

/// <summary>One row per ticket whose callback an agent holds; claimed by an upsert that only a lapsed or own claim lets through.</summary>
internal sealed class CallbackClaimConfiguration : IEntityTypeConfiguration<CallbackClaim>
{
    public void Configure(EntityTypeBuilder<CallbackClaim> b)
    {
        b.HasKey(c => c.TicketId);
        b.Property(c => c.TicketId).ValueGeneratedNever();
        b.Property(c => c.UserId).HasMaxLength(450).IsRequired();
        b.Property(c => c.DisplayName).HasMaxLength(Limits.PersonNameMax).IsRequired();
        b.HasOne<Ticket>().WithOne().HasForeignKey<CallbackClaim>(c => c.TicketId).OnDelete(DeleteBehavior.Cascade);
    }
}
