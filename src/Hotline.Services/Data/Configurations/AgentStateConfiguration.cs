using Hotline.Domain.Telephony;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hotline.Services.Data.Configurations;

internal sealed class AgentStateConfiguration : IEntityTypeConfiguration<AgentState>
{
    public void Configure(EntityTypeBuilder<AgentState> b)
    {
        b.HasKey(s => new { s.ClientId, s.AgentLogin });
        b.Property(s => s.AgentLogin).HasMaxLength(CallEventRules.IdMax);
        b.Property(s => s.EventId).HasMaxLength(CallEventRules.IdMax).IsRequired();
        b.Property(s => s.Reason).HasMaxLength(CallEventRules.ReasonMax);
        b.HasOne<Domain.Channels.ApiClient>().WithMany().HasForeignKey(s => s.ClientId).OnDelete(DeleteBehavior.Restrict);
    }
}
