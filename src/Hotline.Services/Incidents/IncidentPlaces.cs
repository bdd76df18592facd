using Hotline.Domain.Incidents;
using Hotline.Services.Data;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Incidents;

/// <summary>Reads what the incident match needs of a call's category and area (<see cref="IncidentPlace"/>).</summary>
public static class IncidentPlaces
{
    /// <summary>Units nest district → township → (at most) one more level.</summary>
    private const int AreaDepth = 4;

    public static async Task<IncidentPlace> OfAsync(HotlineDbContext db, int categoryId, int? areaUnitId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var group = await db.Categories.Where(c => c.Id == categoryId).Select(c => c.ParentId).FirstOrDefaultAsync(ct);
        var path = new List<int>();
        for (var unit = areaUnitId; unit is { } id && path.Count < AreaDepth && !path.Contains(id);)
        {
            path.Add(id);
            unit = await db.Units.Where(u => u.Id == id).Select(u => u.ParentId).FirstOrDefaultAsync(ct);
        }

        return new IncidentPlace(categoryId, group, path);
    }
}
