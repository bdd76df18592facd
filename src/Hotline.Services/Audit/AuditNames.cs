using System.Text.Json;
using Hotline.Services.Common;
using Hotline.Services.Units;

namespace Hotline.Services.Audit;

/// <summary>
/// The units a page of audit entries names, so the page shows names in the reader's language instead of codes and ids:
/// a unit entry's subject (its code) and the parent in a unit's recorded state (an id; the unit tree decides to which
/// sub-units a unit may delegate, ADR 0029).
/// </summary>
public sealed record AuditNames(IReadOnlyDictionary<string, LocalizedName> UnitsByCode, IReadOnlyDictionary<int, LocalizedName> UnitsById)
{
    public static AuditNames None { get; } = new(new Dictionary<string, LocalizedName>(), new Dictionary<int, LocalizedName>());

    /// <summary>The snapshot fields that hold a unit's id.</summary>
    public static IReadOnlyList<string> UnitIdFields { get; } = [nameof(UnitSnapshot.ParentId)];

    /// <summary>The unit an entry is about, when it is a unit entry of a unit that exists.</summary>
    public LocalizedName? SubjectOf(AuditRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.Area == AuditAreas.Unit ? UnitsByCode.GetValueOrDefault(row.Subject) : null;
    }

    /// <summary>The unit a field's value names (<see cref="UnitIdFields"/>), or null.</summary>
    public LocalizedName? UnitOf(string field, JsonElement value) =>
        UnitIdFields.Contains(field) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var id) ? UnitsById.GetValueOrDefault(id) : null;

    /// <summary>The unit ids the entries' recorded states hold in <see cref="UnitIdFields"/>.</summary>
    internal static IEnumerable<int> UnitIdsIn(AuditRow row)
    {
        foreach (var json in new[] { row.Before, row.After })
        {
            if (json is null)
            {
                continue;
            }

            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            foreach (var field in UnitIdFields)
            {
                if (document.RootElement.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var id))
                {
                    yield return id;
                }
            }
        }
    }
}
