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
        ArgumentNullException.ThrowIfNull(input);
        var result = await Edit(input).SaveAsync(db, audit, validator, input, db.DeadlinePolicies.Where(p => p.Id == input.Id), actor, ct);
        if (result.Succeeded)
        {
            logger.LogInformation("Deadline policy {PolicyId} updated by {UserId}: dispatch {Dispatch}, sign-for {SignFor}, first contact {FirstContact}, resolve {Resolve}, callback {Callback}",
                input.Id, actor.UserId, input.Dispatch.ToTimeLimit(), input.SignFor.ToTimeLimit(), input.FirstContact.ToTimeLimit(),
                input.Resolve.ToTimeLimit(), input.Callback.ToTimeLimit());
        }

        return result;
    }

    private PolicyRowEdit<DeadlinePolicy> Edit(PolicyInput input) => new(
        PolicySnapshot.Of,
        p => PolicySubject.Deadline(p.RequestType, p.Urgency),
        p => p.Update(input.Dispatch.ToTimeLimit(), input.SignFor.ToTimeLimit(), input.FirstContact.ToTimeLimit(),
            input.Resolve.ToTimeLimit(), input.Callback.ToTimeLimit(), clock.UtcNow),
        p => p.Version);
}
