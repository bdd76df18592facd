using FluentValidation;
using Hotline.Domain.Access;
using Hotline.Domain.Classification;
using Hotline.Domain.Common;
using Hotline.Services.Audit;
using Hotline.Services.Common;
using Hotline.Services.Data;
using Hotline.Services.Reference;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Hotline.Services.Categories;

/// <summary>
/// The two-level taxonomy: add, rename (both languages), reorder, retire and restore; each leaf's default unit, local
/// flag and keywords. Nothing is deleted: a retired leaf is not offered at intake, and tickets filed under it keep it.
/// </summary>
public sealed class CategoryAdminService(HotlineDbContext db, ReferenceDataCache pickers, AuditLog audit, IValidator<CategoryInput> validator, ILogger<CategoryAdminService> logger)
{
    public const string NotFound = "Categories.Error.NotFound";
    public const string CodeTaken = "Categories.Error.CodeTaken";

    /// <summary>Top-level groups in order, each followed by its leaves; optionally one group, or names, codes and
    /// keywords containing <paramref name="text"/>. The taxonomy is a few hundred rows.</summary>
    public async Task<IReadOnlyList<CategoryRow>> ListAsync(int? groupId, string? text, CancellationToken ct = default)
    {
        var rows = await db.Categories.AsNoTracking()
            .Select(c => new CategoryRow(c.Id, c.Code, c.NameZh, c.NameEn, c.ParentId,
                db.Units.Where(u => u.Id == c.DefaultUnitId).Select(u => new LocalizedName(u.NameZh, u.NameEn)).FirstOrDefault(),
                db.Units.Any(u => u.Id == c.DefaultUnitId && u.IsActive), c.IsLocal, c.Keywords, c.IsActive, c.SortOrder))
            .ToListAsync(ct);
        var words = text?.Trim() ?? string.Empty;
        bool Matches(CategoryRow r) => words.Length == 0
            || $"{r.Code} {r.NameZh} {r.NameEn} {r.Keywords}".Contains(words, StringComparison.OrdinalIgnoreCase);
        var list = new List<CategoryRow>();
        foreach (var group in rows.Where(r => r.ParentId is null && (groupId is null || r.Id == groupId)).OrderBy(r => r.SortOrder))
        {
            var leaves = rows.Where(r => r.ParentId == group.Id && Matches(r)).OrderBy(r => r.SortOrder).ToList();
            if (leaves.Count > 0 || Matches(group))
            {
                list.Add(group);
                list.AddRange(leaves);
            }
        }

        return list;
    }

    public async Task<CategoryInput?> GetAsync(int id, CancellationToken ct = default) =>
        await db.Categories.AsNoTracking().Where(c => c.Id == id)
            .Select(c => new CategoryInput
            {
                Id = c.Id,
                Code = c.Code,
                NameZh = c.NameZh,
                NameEn = c.NameEn,
                ParentId = c.ParentId,
                DefaultUnitId = c.DefaultUnitId,
                IsLocal = c.IsLocal,
                Keywords = c.Keywords,
            })
            .FirstOrDefaultAsync(ct);

    public async Task<ServiceResult<int>> SaveAsync(CategoryInput input, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!actor.Has(Role.Admin))
        {
            return ServiceResult<int>.Fail(string.Empty, ServiceError.AdminOnly);
        }

        var shape = await validator.ValidateAsync(input, ct);
        if (!shape.IsValid)
        {
            return ServiceResult<int>.Fail(shape.Errors.Select(e => new ServiceError(e.PropertyName, e.ErrorMessage)).ToList());
        }

        // Only active units are offered as a default.
        if (input.DefaultUnitId is { } unit && !await db.Units.AnyAsync(u => u.Id == unit && u.IsActive, ct))
        {
            return ServiceResult<int>.Fail(nameof(CategoryInput.DefaultUnitId), "Validation.Unit.Invalid");
        }

        var keywords = string.Join(' ', (input.Keywords ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Distinct());
        Category category;
        CategorySnapshot? before = null;
        if (input.Id is null)
        {
            if (input.ParentId is { } parent && !await db.Categories.AnyAsync(c => c.Id == parent && c.ParentId == null, ct))
            {
                return ServiceResult<int>.Fail(nameof(CategoryInput.ParentId), "Categories.Error.ParentNotGroup");
            }

            var order = await db.Categories.Where(c => c.ParentId == input.ParentId).MaxAsync(c => (int?)c.SortOrder, ct) ?? 0;
            category = new Category(input.Code!.Trim(), input.NameZh!.Trim(), input.NameEn!.Trim(), input.ParentId, null, false, order + 1);
            db.Categories.Add(category);
        }
        else
        {
            var found = await db.Categories.SingleOrDefaultAsync(c => c.Id == input.Id, ct);
            if (found is null)
            {
                return ServiceResult<int>.Fail(string.Empty, NotFound);
            }

            category = found;
            before = CategorySnapshot.Of(category);
            category.Rename(input.NameZh!.Trim(), input.NameEn!.Trim());
        }

        try
        {
            category.SetHandling(input.DefaultUnitId, input.IsLocal, keywords);
        }
        catch (DomainRuleException ex)
        {
            db.ChangeTracker.Clear();
            return ServiceResult<int>.Fail(nameof(CategoryInput.DefaultUnitId), ex.Code);
        }

        audit.Record(actor, AuditAreas.Category, input.Id is null ? AuditActions.Create : AuditActions.Update, category.Code, before, CategorySnapshot.Of(category));
        return await TrySaveAsync(category, actor, input.Id is null ? AuditActions.Create : AuditActions.Update, ct);
    }

    /// <summary>Moves a category one place up (<paramref name="up"/>) or down among its siblings.</summary>
    public Task<ServiceResult<int>> MoveAsync(int id, bool up, Actor actor, CancellationToken ct = default) =>
        ActAsync(id, actor, up ? AuditActions.MoveUp : AuditActions.MoveDown, async category =>
        {
            var siblings = db.Categories.Where(c => c.ParentId == category.ParentId && c.Id != category.Id);
            var neighbour = up
                ? await siblings.Where(c => c.SortOrder < category.SortOrder).OrderByDescending(c => c.SortOrder).FirstOrDefaultAsync(ct)
                : await siblings.Where(c => c.SortOrder > category.SortOrder).OrderBy(c => c.SortOrder).FirstOrDefaultAsync(ct);
            if (neighbour is not null)
            {
                category.SwapOrderWith(neighbour);
            }
        }, ct);

    public Task<ServiceResult<int>> RetireAsync(int id, Actor actor, CancellationToken ct = default) =>
        ActAsync(id, actor, AuditActions.Retire, c =>
        {
            c.Retire();
            return Task.CompletedTask;
        }, ct);

    public Task<ServiceResult<int>> RestoreAsync(int id, Actor actor, CancellationToken ct = default) =>
        ActAsync(id, actor, AuditActions.Restore, c =>
        {
            c.Restore();
            return Task.CompletedTask;
        }, ct);

    private async Task<ServiceResult<int>> ActAsync(int id, Actor actor, string action, Func<Category, Task> act, CancellationToken ct)
    {
        if (!actor.Has(Role.Admin))
        {
            return ServiceResult<int>.Fail(string.Empty, ServiceError.AdminOnly);
        }

        var category = await db.Categories.SingleOrDefaultAsync(c => c.Id == id, ct);
        if (category is null)
        {
            return ServiceResult<int>.Fail(string.Empty, NotFound);
        }

        var before = CategorySnapshot.Of(category);
        await act(category);
        audit.Record(actor, AuditAreas.Category, action, category.Code, before, CategorySnapshot.Of(category));
        return await TrySaveAsync(category, actor, action, ct);
    }

    private async Task<ServiceResult<int>> TrySaveAsync(Category category, Actor actor, string action, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            db.ChangeTracker.Clear();
            return ServiceResult<int>.Fail(nameof(CategoryInput.Code), CodeTaken);
        }

        pickers.Invalidate();

        logger.LogInformation("Category {CategoryCode} {Action} by {UserId}", category.Code, action, actor.UserId);
        return ServiceResult<int>.Ok(category.Id);
    }

}
