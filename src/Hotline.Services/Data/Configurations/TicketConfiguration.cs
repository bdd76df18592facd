using Hotline.Domain.Common;
using Hotline.Domain.Tickets;
using Hotline.Domain.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hotline.Services.Data.Configurations;

internal sealed class TicketConfiguration : IEntityTypeConfiguration<Ticket>
{
    public void Configure(EntityTypeBuilder<Ticket> b)
    {
        b.HasKey(t => t.Id);
        b.Property(t => t.Number).HasMaxLength(Limits.TicketNumberLength).IsRequired();
        b.HasIndex(t => t.Number).IsUnique();
        b.Property(t => t.CallerPhone).HasMaxLength(Limits.PhoneMax).IsRequired();
        b.Property(t => t.CallerName).HasMaxLength(Limits.PersonNameMax);
        b.Property(t => t.Address).HasMaxLength(Limits.AddressMax).IsRequired();
        b.Property(t => t.Content).HasMaxLength(Limits.ContentMax).IsRequired();
        b.Property(t => t.MediaUrl).HasMaxLength(Limits.MediaUrlMax);
        b.Property(t => t.RegisteredByUserId).HasMaxLength(450).IsRequired();
        b.Property(t => t.Version).IsRowVersion();
        b.Ignore(t => t.IsOpen);
        b.Ignore(t => t.IsSupervised);
        b.Property(t => t.SupervisionNote).HasMaxLength(Limits.NoteMax);
        b.HasMany(t => t.Callbacks).WithOne().HasForeignKey(c => c.TicketId).OnDelete(DeleteBehavior.Restrict);
        b.Navigation(t => t.Callbacks).UsePropertyAccessMode(PropertyAccessMode.Field);

        b.HasOne<Domain.Classification.Category>().WithMany().HasForeignKey(t => t.CategoryId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Unit>().WithMany().HasForeignKey(t => t.AreaUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Unit>().WithMany().HasForeignKey(t => t.SuggestedUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Unit>().WithMany().HasForeignKey(t => t.LeadUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Domain.Knowledge.KnowledgeArticle>().WithMany().HasForeignKey(t => t.AnswerArticleId).OnDelete(DeleteBehavior.Restrict);

        b.HasMany(t => t.Events).WithOne().HasForeignKey(e => e.TicketId).OnDelete(DeleteBehavior.Restrict);
        b.Navigation(t => t.Events).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasMany(t => t.Assignments).WithOne().HasForeignKey(a => a.TicketId).OnDelete(DeleteBehavior.Restrict);
        b.Navigation(t => t.Assignments).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasOne<Ticket>().WithMany().HasForeignKey(t => t.MasterTicketId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(t => t.Extensions).WithOne().HasForeignKey(e => e.TicketId).OnDelete(DeleteBehavior.Restrict);
        b.Navigation(t => t.Extensions).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasMany(t => t.Appeals).WithOne().HasForeignKey(p => p.TicketId).OnDelete(DeleteBehavior.Restrict);
        b.Navigation(t => t.Appeals).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Property(t => t.ResolutionText).HasMaxLength(Limits.ContentMax);
        b.Property(t => t.CannotSolveReason).HasMaxLength(Limits.NoteMax);

        // History panel: a caller's tickets, newest first.
        b.HasIndex(t => new { t.CallerPhone, t.RegisteredAt }).IsDescending(false, true);
        b.HasIndex(t => new { t.Status, t.RegisteredAt });
        // The dispatch queue: waiting tickets by dispatch deadline.
        b.HasIndex(t => new { t.Status, t.DispatchDueAt });
        b.HasIndex(t => new { t.LeadUnitId, t.RegisteredAt });
        // The dashboard's backlog (HotlineFigures.BacklogAsync): the open tickets by lead unit, and the waiting ones'
        // dispatch clock (running_clocks), read from this small slice alone; the view's tickets join hashes it too.
        b.HasIndex(t => new { t.Status, t.LeadUnitId }, "ix_tickets_open_by_lead_unit").HasDatabaseName("ix_tickets_open_by_lead_unit")
            .IncludeProperties(t => new { t.Id, t.RegisteredAt, t.DispatchDueAt })
            .HasFilter($"status IN ({OpenTicketStates.SqlList})");
        // "Dispatched within limit": tickets first dispatched in a period, with the facts it compares.
        b.HasIndex(t => t.DispatchedAt).IncludeProperties(t => t.DispatchedInTime).HasFilter("dispatched_at IS NOT NULL");
        // The ticket list's default order (newest first, id breaking ties) read straight off the index; the caller's
        // phone rides along so the dashboard's repeat callers are an index-only scan of the period.
        b.HasIndex(t => new { t.RegisteredAt, t.Id }).IncludeProperties(t => t.CallerPhone);
        // The callback queue (by callback deadline) and supervised tickets: both small slices of the table.
        b.HasIndex(t => t.CallbackDueAt).HasFilter("awaiting_callback").HasDatabaseName("ix_tickets_awaiting_callback");
        b.HasIndex(t => t.SupervisedAt).HasFilter("supervision IS NOT NULL").HasDatabaseName("ix_tickets_supervised");
        b.HasIndex(t => t.ReopenCount).HasFilter("reopen_count > 0").HasDatabaseName("ix_tickets_reopened");
        // The review queue (审核, status 9 UnderReview) by review deadline: a small slice too.
        b.HasIndex(t => t.ReviewDueAt).HasFilter("status = 9").HasDatabaseName("ix_tickets_under_review");
        // Substring search in Chinese text (ILIKE '%供暖%') uses the bigram index of the SearchBigrams migration
        // (docs/decisions/0010); the trigram index on content it replaced was never read and was dropped (DropTrigramIndex).
    }
}
