using Hotline.Domain.Common;
using Hotline.Domain.Telephony;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hotline.Services.Data.Configurations;

internal sealed class StoredCallEventConfiguration : IEntityTypeConfiguration<StoredCallEvent>
{
    public void Configure(EntityTypeBuilder<StoredCallEvent> b)
    {
        b.ToTable("telephony_events");
        b.HasKey(e => e.Id);
        b.Property(e => e.EventId).HasMaxLength(CallEventRules.IdMax).IsRequired();
        b.Property(e => e.CallId).HasMaxLength(CallEventRules.IdMax);
        b.Property(e => e.Caller).HasMaxLength(Limits.PhoneMax);
        b.Property(e => e.Queue).HasMaxLength(Limits.CodeMax);
        b.Property(e => e.Agent).HasMaxLength(CallEventRules.IdMax);
        b.Property(e => e.Target).HasMaxLength(CallEventRules.IdMax);
        b.Property(e => e.RecordingUrl).HasMaxLength(Limits.MediaUrlMax);
        b.Property(e => e.Reason).HasMaxLength(CallEventRules.ReasonMax);
        // Idempotency: the platform's id names an event once per platform.
        b.HasIndex(e => new { e.ClientId, e.EventId }).IsUnique();
        b.HasIndex(e => new { e.ClientId, e.CallId });
        b.HasIndex(e => new { e.Agent, e.At });
        b.HasOne<Domain.Channels.ApiClient>().WithMany().HasForeignKey(e => e.ClientId).OnDelete(DeleteBehavior.Restrict);
    }
}
