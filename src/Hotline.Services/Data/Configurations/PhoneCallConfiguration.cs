using Hotline.Domain.Common;
using Hotline.Domain.Telephony;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hotline.Services.Data.Configurations;

internal sealed class PhoneCallConfiguration : IEntityTypeConfiguration<PhoneCall>
{
    public void Configure(EntityTypeBuilder<PhoneCall> b)
    {
        b.HasKey(c => c.Id);
        b.Property(c => c.PlatformCallId).HasMaxLength(CallEventRules.IdMax).IsRequired();
        b.Property(c => c.CallerNumber).HasMaxLength(Limits.PhoneMax);
        b.Property(c => c.Queue).HasMaxLength(Limits.CodeMax);
        b.Property(c => c.AgentLogin).HasMaxLength(CallEventRules.IdMax);
        b.Property(c => c.TransferredTo).HasMaxLength(CallEventRules.IdMax);
        b.Property(c => c.RecordingUrl).HasMaxLength(Limits.MediaUrlMax);
        b.HasIndex(c => new { c.ClientId, c.PlatformCallId }).IsUnique();
        b.HasIndex(c => c.ArrivedAt);
        // The queue now: only the calls still waiting, however many calls the table holds.
        b.HasIndex(c => c.ArrivedAt).HasDatabaseName("ix_phone_calls_waiting").HasFilter($"state = {(int)PhoneCallState.Waiting}");
        b.HasIndex(c => new { c.AgentLogin, c.AnsweredAt });
        b.HasIndex(c => c.CallerNumber);
        b.HasOne<Domain.Channels.ApiClient>().WithMany().HasForeignKey(c => c.ClientId).OnDelete(DeleteBehavior.Restrict);
    }
}
