using System.Text.Json;

namespace Hotline.Services.Audit;

/// <summary>
/// One field an act changed: its name in the snapshot (empty when the snapshot is a single value, such as a setting's
/// text) and its JSON value before and after (null where that side has none). A list (roles, a calendar import's
/// dates) is a set: <see cref="Removed"/> and <see cref="Added"/> hold the members that left and joined it.
/// </summary>
public sealed record AuditFieldChange(string Field, JsonElement? Before, JsonElement? After, IReadOnlyList<JsonElement> Removed, IReadOnlyList<JsonElement> Added)
{
    public bool IsSet => Before is { ValueKind: JsonValueKind.Array } || After is { ValueKind: JsonValueKind.Array };
}
