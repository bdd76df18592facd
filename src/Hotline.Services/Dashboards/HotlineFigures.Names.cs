using Hotline.Domain.Calls;
using Hotline.Services.Common;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Dashboards;

public sealed partial class HotlineFigures
{
    public async Task<Dictionary<int, CategoryName>> CategoryNamesAsync(IReadOnlyCollection<int> ids, CancellationToken ct = default)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var rows = await Db.Categories.AsNoTracking().Where(c => ids.Contains(c.Id))
            .Select(c => new
            {
                c.Id,
                Name = new LocalizedName(c.NameZh, c.NameEn),
                Parent = Db.Categories.Where(p => p.Id == c.ParentId).Select(p => new LocalizedName(p.NameZh, p.NameEn)).FirstOrDefault(),
            })
            .ToListAsync(ct);
        return rows.ToDictionary(r => r.Id, r => new CategoryName(r.Parent ?? LocalizedName.Empty, r.Name));
    }

    /// <summary>The most recently registered tickets, newest first, callers masked whoever looks.</summary>
    public async Task<List<WallTicket>> LatestTicketsAsync(int count, CancellationToken ct = default)
    {
        var rows = await Db.Tickets.AsNoTracking()
            .OrderByDescending(t => t.RegisteredAt).ThenByDescending(t => t.Id)
            .Take(count)
            .Select(t => new
            {
                t.Number,
                t.RegisteredAt,
                t.CallerPhone,
                t.Status,
                Category = Db.Categories.Where(c => c.Id == t.CategoryId)
                    .Select(c => new
                    {
                        Name = new LocalizedName(c.NameZh, c.NameEn),
                        Parent = Db.Categories.Where(p => p.Id == c.ParentId).Select(p => new LocalizedName(p.NameZh, p.NameEn)).FirstOrDefault(),
                    })
                    .First(),
            })
            .ToListAsync(ct);
        return rows.Select(r => new WallTicket(r.Number, r.Category.Parent ?? LocalizedName.Empty, r.Category.Name, r.RegisteredAt,
            PhoneNumber.Mask(r.CallerPhone), r.Status)).ToList();
    }
}
