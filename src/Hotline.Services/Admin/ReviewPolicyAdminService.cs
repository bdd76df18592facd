using FluentValidation;
using Hotline.Domain.Access;
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

    /// <summary>Saves one row if nobody saved it since <see cref="ReviewPolicyInput.Version"/> was read.</summary>
    public async Task<ServiceResult<uint>> UpdateAsync(ReviewPolicyInput input, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.Has(Role.Admin))
        {
            return ServiceResult<uint>.Fail(string.Empty, ServiceError.AdminOnly);
        }

        if (await validator.CheckAsync<ReviewPolicyInput, uint>(input, ct) is { } refused)
        {
            return refused;
        }

        var policy = await db.ReviewPolicies.SingleOrDefaultAsync(p => p.Id == input.Id, ct);
        if (policy is null)
        {
            return ServiceResult<uint>.Fail(string.Empty, PolicyAdminService.NotFound);
        }

        db.Entry(policy).Property(p => p.Version).OriginalValue = input.Version;
        var before = ReviewPolicySnapshot.Of(policy);
        policy.Update(input.Always, input.WhenSupervised, input.Limit.ToTimeLimit(), clock.UtcNow);
        audit.Record(actor, AuditAreas.Policy, AuditActions.Update, $"Review/{policy.RequestType}", before, ReviewPolicySnapshot.Of(policy));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return ServiceResult<uint>.Fail(string.Empty, ServiceError.Concurrency);
        }

        logger.LogInformation("Review policy {RequestType} updated by {UserId}: always {Always}, when supervised {WhenSupervised}, limit {Limit}",
            policy.RequestType, actor.UserId, policy.Always, policy.WhenSupervised, policy.Limit);
        return ServiceResult<uint>.Ok(policy.Version);
    }
}
