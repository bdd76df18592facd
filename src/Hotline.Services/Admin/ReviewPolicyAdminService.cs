using FluentValidation;
using Hotline.Domain.Access;
using Hotline.Domain.Deadlines;
using Hotline.Services.Audit;
using Hotline.Services.Common;
using Hotline.Services.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Hotline.Services.Admin;

/// <summary>
/// The editable review policy (审核, docs/decisions/0028-reply-review.md), beside the deadline policy: which request
/// types' replies wait for a reviewer, and how long the reviewer has. A change applies to replies submitted after it.
/// </summary>
public sealed class ReviewPolicyAdminService(
    HotlineDbContext db,
    HotlineClock clock,
    AuditLog audit,
    IValidator<ReviewPolicyInput> validator,
    ILogger<ReviewPolicyAdminService> logger)
{
    public async Task<IReadOnlyList<ReviewPolicyRow>> ListAsync(CancellationToken ct = default) =>
        await db.ReviewPolicies.AsNoTracking().OrderBy(p => p.RequestType)
            .Select(p => new ReviewPolicyRow(p.Id, p.RequestType, p.Always, p.WhenSupervised, p.Limit, p.UpdatedAt, p.Version))
            .ToListAsync(ct);

    /// <summary>Saves one row if nobody saved it since <see cref="ReviewPolicyInput.Version"/> was read (the deadline policy's edit).</summary>
    public async Task<ServiceResult<uint>> UpdateAsync(ReviewPolicyInput input, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var edit = new PolicyRowEdit<ReviewPolicy>(
            ReviewPolicySnapshot.Of,
            p => PolicySubject.Review(p.RequestType),
            p => p.Update(input.Always, input.WhenSupervised, input.Limit.ToTimeLimit(), clock.UtcNow),
            p => p.Version);
        var result = await edit.SaveAsync(db, audit, validator, input, db.ReviewPolicies.Where(p => p.Id == input.Id), actor, ct);
        if (result.Succeeded)
        {
            logger.LogInformation("Review policy {PolicyId} updated by {UserId}: always {Always}, when supervised {WhenSupervised}, limit {Limit}",
                input.Id, actor.UserId, input.Always, input.WhenSupervised, input.Limit.ToTimeLimit());
        }

        return result;
    }
}
