using System.Linq.Expressions;
using Hotline.Domain.Deadlines;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hotline.Services.Data.Configurations;

internal sealed class DeadlinePolicyConfiguration : IEntityTypeConfiguration<DeadlinePolicy>
{
    public void Configure(EntityTypeBuilder<DeadlinePolicy> b)
    {
        b.HasKey(p => p.Id);
        b.HasIndex(p => new { p.RequestType, p.Urgency }).IsUnique().AreNullsDistinct(false);
        b.Property(p => p.Version).IsRowVersion();
        Limit(b, p => p.Dispatch);
        Limit(b, p => p.SignFor);
        Limit(b, p => p.FirstContact);
        Limit(b, p => p.Resolve);
        Limit(b, p => p.Callback);
    }

    // TimeLimit's properties are get-only, so they are mapped explicitly (through their backing fields).
    private static void Limit(EntityTypeBuilder<DeadlinePolicy> b, Expression<Func<DeadlinePolicy, TimeLimit>> limit) =>
        b.ComplexProperty(limit, c =>
        {
            c.Property(t => t.Amount);
            c.Property(t => t.Unit);
        });
}
