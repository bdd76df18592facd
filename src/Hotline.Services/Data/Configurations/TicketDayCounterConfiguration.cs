using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hotline.Services.Data.Configurations;

internal sealed class TicketDayCounterConfiguration : IEntityTypeConfiguration<TicketDayCounter>
{
    public void Configure(EntityTypeBuilder<TicketDayCounter> b) => b.HasKey(c => c.Day);
}
