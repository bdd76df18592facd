using FluentValidation;
using Hotline.Domain.Access;
using Hotline.Services.Audit;
using Hotline.Services.Common;
using Hotline.Services.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Hotline.Services.Admin;

/// <summary>
/// The editable deadline policy table. A change applies to clocks started after it: every deadline is computed
/// when its clock starts and stored, so tickets and assignments already running keep theirs.
/// </summary>
public sealed class PolicyAdminService(
    HotlineDbContext db,
    HotlineClock clock,
    AuditLog audit,
    IValidator<PolicyInput> validator,
    ILogger<PolicyAdminService> logger)
{
    public const string NotFound = "Policy.Error.NotFound";

    /// <summary>The urgent any-type row first, then one row per request type.</summary>
    public async Task<IReadOnlyList<PolicyRow>> ListAsync(CancellationToken ct = default)
    {
        var rows = await db.DeadlinePolicies.AsNoTracking()
            .Select(p => new PolicyRow(p.Id, p.RequestType, p.Urgency, p.Dispatch, p.SignFor, p.FirstContact, p.Resolve, p.Callback, p.UpdatedAt, p.Version))
            .ToListAsync(ct);
        return rows.OrderBy(r => r.RequestType.HasValue).ThenBy(r => r.RequestType).ThenByDescending(r => r.Urgency).ToList();
    }

    /// <summary>Saves one row if nobody saved it since <see cref="PolicyInput.Version"/> was read; returns the new version.</summary>
    public async Task<ServiceResult<uint>> UpdateAsync(PolicyInput input, Actor actor, CancellationToken ct = default)
    {
        if (!actor.Has(Role.Admin))
        {
            return ServiceResult<uint>.Fail(string.Empty, ServiceError.AdminOnly);
        }

        var shape = await validator.ValidateAsync(input, ct);
        if (!shape.IsValid)
        {
            return ServiceResult<uint>.Fail(shape.Errors.Select(e => new ServiceError(e.PropertyName, e.ErrorMessage)).ToList());
        }

        var policy = await db.DeadlinePolicies.SingleOrDefaultAsync(p => p.Id == input.Id, ct);
        if (policy is null)
        {
            return ServiceResult<uint>.Fail(string.Empty, NotFound);
        }

        // Compare with the version the administrator saw, not the one just read.
        db.Entry(policy).Property(p => p.Version).OriginalValue = input.Version;
        var before = PolicySnapshot.Of(policy);
        policy.Update(input.Dispatch.ToTimeLimit(), input.SignFor.ToTimeLimit(), input.FirstContact.ToTimeLimit(),
            input.Resolve.ToTimeLimit(), input.Callback.ToTimeLimit(), clock.UtcNow);
        audit.Record(actor, AuditAreas.Policy, AuditActions.Update, $"{policy.RequestType?.ToString() ?? "*"}/{policy.Urgency}", before, PolicySnapshot.Of(policy));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return ServiceResult<uint>.Fail(string.Empty, ServiceError.Concurrency);
        }

        logger.LogInformation("Deadline policy {PolicyId} ({RequestType}, {Urgency}) updated by {UserId}: dispatch {Dispatch}, sign-for {SignFor}, first contact {FirstContact}, resolve {Resolve}, callback {Callback}",
            policy.Id, policy.RequestType, policy.Urgency, actor.UserId, policy.Dispatch, policy.SignFor, policy.FirstContact, policy.Resolve, policy.Callback);
        return ServiceResult<uint>.Ok(policy.Version);
    }

}
