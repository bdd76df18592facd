using System.Globalization;
using Hotline.Domain.Deadlines;
using Hotline.Services.Audit;

namespace Hotline.Services.Admin;

/// <summary>A review policy row as the audit log records it; the limit as "amount unit", like <see cref="PolicySnapshot"/>.</summary>
public sealed record ReviewPolicySnapshot(bool ReviewAlways, bool ReviewWhenSupervised, string ReviewLimit) : IAuditSnapshot
{
    public static ReviewPolicySnapshot Of(ReviewPolicy p) =>
        new(p.Always, p.WhenSupervised, string.Create(CultureInfo.InvariantCulture, $"{p.Limit.Amount} {p.Limit.Unit}"));
}
