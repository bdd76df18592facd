using Hotline.Domain.Units;
using Hotline.Services.Common;
using Hotline.Services.Data;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Reference;

/// <summary>Lists for pickers and filters: categories, units and areas. Small, bounded tables, kept between requests
/// (<see cref="ReferenceDataCache"/>): what only offers a choice reads them here; a write checks its choice in the table.</summary>
public sealed class ReferenceDataService(HotlineDbContext db, ReferenceDataCache kept)
{
    public Task<IReadOnlyList<CategoryOption>> LeafCategoriesAsync(CancellationToken ct = default) =>
        kept.LeafCategories.GetAsync(ReadLeafCategoriesAsync, ct);

    public Task<IReadOnlyList<UnitOption>> UnitsAsync(CancellationToken ct = default) => kept.Units.GetAsync(ReadUnitsAsync, ct);

    /// <summary>Districts, each followed by its townships: the places an address can be in.</summary>
    public async Task<IReadOnlyList<UnitOption>> AreasAsync(CancellationToken ct = default)
    {
        var areas = (await UnitsAsync(ct)).Where(u => u.Kind is UnitKind.District or UnitKind.Township).ToList();
        return areas.Where(a => a.Kind == UnitKind.District)
            .SelectMany(d => areas.Where(t => t.ParentId == d.Id).Prepend(d))
            .ToList();
    }

    private async Task<IReadOnlyList<CategoryOption>> ReadLeafCategoriesAsync(CancellationToken ct) =>
        await (from leaf in db.Categories.AsNoTracking()
               join parent in db.Categories on leaf.ParentId equals parent.Id
               where leaf.IsActive && parent.IsActive
               orderby parent.SortOrder, leaf.SortOrder
               select new CategoryOption(leaf.Id, leaf.Code, new LocalizedName(parent.NameZh, parent.NameEn),
                   new LocalizedName(leaf.NameZh, leaf.NameEn), leaf.DefaultUnitId, leaf.IsLocal, leaf.Keywords))
            .ToListAsync(ct);

    private async Task<IReadOnlyList<UnitOption>> ReadUnitsAsync(CancellationToken ct) =>
        await db.Units.AsNoTracking().Where(u => u.IsActive).OrderBy(u => u.Kind).ThenBy(u => u.Id)
            .Select(u => new UnitOption(u.Id, u.Code, new LocalizedName(u.NameZh, u.NameEn), u.Kind, u.ParentId))
            .ToListAsync(ct);
}
