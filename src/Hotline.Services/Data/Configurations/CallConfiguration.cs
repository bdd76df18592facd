using Hotline.Domain.Calls;
using Hotline.Domain.Common;
using Hotline.Domain.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hotline.Services.Data.Configurations;

internal sealed class CallConfiguration : IEntityTypeConfiguration<Call>
{
    public void Configure(EntityTypeBuilder<Call> b)
    {
        b.HasKey(c => c.Id);
        b.Property(c => c.Phone).HasMaxLength(Limits.PhoneMax).IsRequired();
        b.Property(c => c.CallerName).HasMaxLength(Limits.PersonNameMax);
        b.Property(c => c.AgentUserId).HasMaxLength(450).IsRequired();
        // The idempotency key of the intake form: a retried submit finds the call it already logged.
        b.HasIndex(c => c.SubmissionId).IsUnique();
        b.HasIndex(c => new { c.Phone, c.StartedAt });
        b.HasIndex(c => c.StartedAt);
        b.HasOne<Ticket>().WithMany().HasForeignKey(c => c.TicketId).OnDelete(DeleteBehavior.Restrict);
        // The platform's call this contact was popped from (docs/decisions/0025); one platform call may be logged as two contacts.
        b.HasOne<Domain.Telephony.PhoneCall>().WithMany().HasForeignKey(c => c.PhoneCallId).OnDelete(DeleteBehavior.Restrict);
    }
}
