using FluentValidation;
using Hotline.Domain.Access;
using Hotline.Domain.Calls;
using Hotline.Domain.Common;
using Hotline.Domain.Units;
using Hotline.Services.Audit;
using Hotline.Services.Common;
using Hotline.Services.Data;
using Hotline.Services.Reference;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Hotline.Services.Units;

/// <summary>
/// The member units: the tree, adding a township, renaming a bureau, moving and deactivating. A unit is never deleted:
/// it keeps its tickets and its place in past rankings. Its code is fixed once anything refers to it.
/// </summary>
public sealed class UnitAdminService(HotlineDbContext db, ReferenceDataCache pickers, AuditLog audit, IValidator<UnitInput> validator, ILogger<UnitAdminService> logger)
{
    public const string NotFound = "UnitAdmin.Error.NotFound";
    public const string CodeTaken = "UnitAdmin.Error.CodeTaken";
    public const string StillDefault = "UnitAdmin.Error.StillDefault";

    /// <summary>Every unit (a city has about a hundred), top-level ones in kind and name order, each followed by its children.</summary>
    public async Task<IReadOnlyList<UnitRow>> TreeAsync(CancellationToken ct = default)
    {
        var units = await db.Units.AsNoTracking().OrderBy(u => u.Kind).ThenBy(u => u.Code).ToListAsync(ct);
        var liaisons = await db.Users.AsNoTracking().Where(u => u.UnitId != null && u.IsActive)
            .OrderBy(u => u.UserName).Select(u => new { UnitId = u.UnitId!.Value, u.UserName }).ToListAsync(ct);
        var byUnit = liaisons.ToLookup(l => l.UnitId, l => l.UserName!);
        var rows = new List<UnitRow>(units.Count);
        void Add(Unit unit, int depth)
        {
            rows.Add(new UnitRow(unit.Id, unit.Code, unit.NameZh, unit.NameEn, unit.Kind, unit.ParentId, depth, unit.IsActive, unit.ContactPhone, byUnit[unit.Id].ToList()));
            foreach (var child in units.Where(u => u.ParentId == unit.Id))
            {
                Add(child, depth + 1);
            }
        }

        foreach (var top in units.Where(u => u.ParentId is null))
        {
            Add(top, 0);
        }

        return rows;
    }

    public async Task<UnitInput?> GetAsync(int id, CancellationToken ct = default) =>
        await db.Units.AsNoTracking().Where(u => u.Id == id)
            .Select(u => new UnitInput { Id = u.Id, Code = u.Code, NameZh = u.NameZh, NameEn = u.NameEn, Kind = u.Kind, ParentId = u.ParentId, ContactPhone = u.ContactPhone })
            .FirstOrDefaultAsync(ct);

    /// <summary>Whether anything refers to the unit (tickets, assignments, accounts, categories, child units): then its code is fixed.</summary>
    public async Task<bool> InUseAsync(int id, CancellationToken ct = default) =>
        await db.Assignments.AnyAsync(a => a.UnitId == id, ct)
        || await db.Tickets.AnyAsync(t => t.LeadUnitId == id || t.SuggestedUnitId == id || t.AreaUnitId == id, ct)
        || await db.Users.AnyAsync(u => u.UnitId == id, ct)
        || await db.Categories.AnyAsync(c => c.DefaultUnitId == id, ct)
        || await db.Units.AnyAsync(u => u.ParentId == id, ct);

    public Task<ServiceResult<int>> SaveAsync(UnitInput input, Actor actor, CancellationToken ct = default) =>
        SaveAsync(input, actor, async unit =>
        {
            var code = input.Code!.Trim();
            unit.ChangeCode(code, code != unit.Code && await InUseAsync(unit.Id, ct));
            unit.Rename(input.NameZh!.Trim(), input.NameEn!.Trim(), Phone(input.ContactPhone));
            var all = await db.Units.AsNoTracking().Select(u => new { u.Id, u.ParentId }).ToListAsync(ct);
            var descendants = new HashSet<int>();
            var frontier = new Queue<int>([unit.Id]);
            while (frontier.TryDequeue(out var id))
            {
                foreach (var child in all.Where(u => u.ParentId == id && descendants.Add(u.Id)))
                {
                    frontier.Enqueue(child.Id);
                }
            }

            var parent = input.ParentId is { } p ? await db.Units.SingleOrDefaultAsync(u => u.Id == p, ct) : null;
            unit.MoveUnder(input.Kind!.Value, parent, descendants);
        }, ct);

    public Task<ServiceResult<int>> DeactivateAsync(int id, Actor actor, CancellationToken ct = default) =>
        ActAsync(id, actor, AuditActions.Deactivate, async unit =>
        {
            // A category naming it as default would suggest a unit nobody can dispatch to.
            if (await db.Categories.AnyAsync(c => c.DefaultUnitId == id && c.IsActive, ct))
            {
                throw new DomainRuleException(StillDefault);
            }

            unit.Deactivate();
        }, ct);

    public Task<ServiceResult<int>> ReactivateAsync(int id, Actor actor, CancellationToken ct = default) =>
        ActAsync(id, actor, AuditActions.Reactivate, unit =>
        {
            unit.Reactivate();
            return Task.CompletedTask;
        }, ct);

    private async Task<ServiceResult<int>> SaveAsync(UnitInput input, Actor actor, Func<Unit, Task> edit, CancellationToken ct)
    {
        if (!actor.Has(Role.Admin))
        {
            return ServiceResult<int>.Fail(string.Empty, ServiceError.AdminOnly);
        }

        var shape = await validator.ValidateAsync(input, ct);
        if (!shape.IsValid)
        {
            return ServiceResult<int>.Fail(shape.Errors.Select(e => new ServiceError(e.PropertyName, e.ErrorMessage)).ToList());
        }

        if (input.ParentId is { } parent && !await db.Units.AnyAsync(u => u.Id == parent, ct))
        {
            return ServiceResult<int>.Fail(nameof(UnitInput.ParentId), "Validation.Unit.Invalid");
        }

        if (input.Id is null)
        {
            // A new unit: placed like an edited one, so the township-under-district rule is checked in one place.
            var unit = new Unit(input.Code!.Trim(), input.NameZh!.Trim(), input.NameEn!.Trim(), input.Kind!.Value, null, Phone(input.ContactPhone));
            try
            {
                unit.MoveUnder(input.Kind!.Value, input.ParentId is { } p ? await db.Units.SingleAsync(u => u.Id == p, ct) : null, []);
            }
            catch (DomainRuleException ex)
            {
                return ServiceResult<int>.Fail(nameof(UnitInput.ParentId), ex.Code);
            }

            db.Units.Add(unit);
            audit.Record(actor, AuditAreas.Unit, AuditActions.Create, unit.Code, null, UnitSnapshot.Of(unit));
            return await TrySaveAsync(unit, ct);
        }

        return await ActAsync(input.Id.Value, actor, AuditActions.Update, edit, ct);
    }

    private async Task<ServiceResult<int>> ActAsync(int id, Actor actor, string action, Func<Unit, Task> act, CancellationToken ct)
    {
        if (!actor.Has(Role.Admin))
        {
            return ServiceResult<int>.Fail(string.Empty, ServiceError.AdminOnly);
        }

        var unit = await db.Units.SingleOrDefaultAsync(u => u.Id == id, ct);
        if (unit is null)
        {
            return ServiceResult<int>.Fail(string.Empty, NotFound);
        }

        var before = UnitSnapshot.Of(unit);
        try
        {
            await act(unit);
        }
        catch (DomainRuleException ex)
        {
            db.ChangeTracker.Clear();
            var field = ex.Code == Unit.CodeInUse ? nameof(UnitInput.Code) : ex.Code == StillDefault ? string.Empty : nameof(UnitInput.ParentId);
            return ServiceResult<int>.Fail(field, ex.Code);
        }

        audit.Record(actor, AuditAreas.Unit, action, unit.Code, before, UnitSnapshot.Of(unit));
        var result = await TrySaveAsync(unit, ct);
        if (result.Succeeded)
        {
            logger.LogInformation("Unit {UnitCode}: {Action} by {UserId}", unit.Code, action, actor.UserId);
        }

        return result;
    }

    private async Task<ServiceResult<int>> TrySaveAsync(Unit unit, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            pickers.Invalidate();
            return ServiceResult<int>.Ok(unit.Id);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            db.ChangeTracker.Clear();
            return ServiceResult<int>.Fail(nameof(UnitInput.Code), CodeTaken);
        }
    }

    private static string? Phone(string? text) => PhoneNumber.TryNormalize(text, out var phone) ? phone : null;

}
