using Hotline.Services.Deadlines;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hotline.Services.Data.Configurations;

/// <summary>The view of running clocks (Data/Sql/running_clocks.sql), read-only and keyless.</summary>
internal sealed class TicketClockConfiguration : IEntityTypeConfiguration<TicketClock>
{
    public void Configure(EntityTypeBuilder<TicketClock> b)
    {
        b.HasNoKey();
        b.ToView("running_clocks");
    }
}
