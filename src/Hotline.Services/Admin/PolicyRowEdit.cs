using System.Linq.Expressions;
using FluentValidation;
using Hotline.Domain.Access;
using Hotline.Services.Audit;
using Hotline.Services.Common;
using Hotline.Services.Data;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Admin;

/// <summary>What differs between the policy tables' edits: the row's audit snapshot and name, the change, its row version.</summary>
internal sealed record PolicyRowEdit<TRow>(
    Func<TRow, IAuditSnapshot> Snapshot,
    Func<TRow, string> Subject,
    Action<TRow> Apply,
    Expression<Func<TRow, uint>> Version)
    where TRow : class
{
    private readonly Func<TRow, uint> _version = Version.Compile();

    /// <summary>
    /// The one edit of a policy row (the deadline policy, the review policy): administrators only, the form's shape
    /// checked, the row saved only if nobody saved it since the version the administrator read (else the conflict),
    /// with the audit record of before and after in the same transaction. Returns the row's new version.
    /// </summary>
    public async Task<ServiceResult<uint>> SaveAsync<TInput>(HotlineDbContext db, AuditLog audit, IValidator<TInput> validator, TInput input,
        IQueryable<TRow> row, Actor actor, CancellationToken ct)
        where TInput : IPolicyRowInput
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(audit);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.Has(Role.Admin))
        {
            return ServiceResult<uint>.Fail(string.Empty, ServiceError.AdminOnly);
        }

        if (await validator.CheckAsync<TInput, uint>(input, ct) is { } refused)
        {
            return refused;
        }

        var policy = await row.SingleOrDefaultAsync(ct);
        if (policy is null)
        {
            return ServiceResult<uint>.Fail(string.Empty, PolicyAdminService.NotFound);
        }

        // Compare with the version the administrator saw, not the one just read.
        db.Entry(policy).Property(Version).OriginalValue = input.Version;
        var before = Snapshot(policy);
        Apply(policy);
        audit.Record(actor, AuditAreas.Policy, AuditActions.Update, Subject(policy), before, Snapshot(policy));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return ServiceResult<uint>.Fail(string.Empty, ServiceError.Concurrency);
        }

        return ServiceResult<uint>.Ok(_version(policy));
    }
}
