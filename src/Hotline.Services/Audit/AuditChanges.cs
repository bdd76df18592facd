using System.Text.Json;

namespace Hotline.Services.Audit;

/// <summary>Reads an entry's before and after snapshots as the fields that differ, so a reader sees what an act
/// changed rather than two JSON documents. Pure: no database, no clock.</summary>
public static class AuditChanges
{
    /// <summary>The changed fields, in the after snapshot's order and then the fields only the before one has.
    /// A created subject lists every field it was created with; a field null on both sides is not a change.</summary>
    public static IReadOnlyList<AuditFieldChange> Between(string? before, string? after)
    {
        var old = Fields(Parse(before));
        var now = Fields(Parse(after));
        return now.Keys.Concat(old.Keys).Distinct(StringComparer.Ordinal)
            .Select(f => Change(f, old.GetValueOrDefault(f), now.GetValueOrDefault(f)))
            .OfType<AuditFieldChange>()
            .ToList();
    }

    private static AuditFieldChange? Change(string field, JsonElement? before, JsonElement? after)
    {
        if (before is { ValueKind: JsonValueKind.Array } || after is { ValueKind: JsonValueKind.Array })
        {
            var old = Members(before);
            var now = Members(after);
            var removed = old.Where(m => !now.ContainsKey(m.Key)).Select(m => m.Value).ToList();
            var added = now.Where(m => !old.ContainsKey(m.Key)).Select(m => m.Value).ToList();
            return removed.Count + added.Count == 0 ? null : new AuditFieldChange(field, before, after, removed, added);
        }

        return Same(before, after) ? null : new AuditFieldChange(field, before, after, [], []);
    }

    /// <summary>Null for no snapshot or a JSON null; text that is not JSON is kept as a plain string, so nothing is hidden.</summary>
    private static JsonElement? Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Null ? null : document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return JsonSerializer.SerializeToElement(json);
        }
    }

    // A record's properties; a single value (a setting's text, a list of calendar dates) is one field without a name.
    private static Dictionary<string, JsonElement?> Fields(JsonElement? snapshot) => snapshot switch
    {
        null => [],
        { ValueKind: JsonValueKind.Object } s => s.EnumerateObject().ToDictionary(p => p.Name, p => (JsonElement?)p.Value, StringComparer.Ordinal),
        { } single => new(StringComparer.Ordinal) { [string.Empty] = single },
    };

    // Members by their JSON text: both sides come from the same serializer and jsonb column, so equal members read alike.
    private static Dictionary<string, JsonElement> Members(JsonElement? list) =>
        list is { ValueKind: JsonValueKind.Array } l
            ? l.EnumerateArray().DistinctBy(m => m.GetRawText(), StringComparer.Ordinal).ToDictionary(m => m.GetRawText(), StringComparer.Ordinal)
            : list is { ValueKind: not JsonValueKind.Null } single ? new() { [single.GetRawText()] = single } : [];

    private static bool Same(JsonElement? a, JsonElement? b) =>
        a is not { ValueKind: not JsonValueKind.Null }
            ? b is not { ValueKind: not JsonValueKind.Null }
            : b is { } other && JsonElement.DeepEquals(a.Value, other);
}
