using System.Globalization;
using System.Text.Json;
using Hotline.Services.Admin;
using Hotline.Services.Audit;
using Microsoft.Extensions.Localization;

namespace Hotline.Web.Infrastructure;

/// <summary>
/// An audit entry's changed fields in the reader's language: a field by its label <c>Audit.Field.{Name}</c>, yes/no
/// for flags, an enum value by its label (the snapshot records say which fields hold which enum), a time limit as
/// people say it, a time in the hotline's zone, a unit's id by the unit's name (<see cref="AuditNames"/>), a record in a
/// list (a calendar date) by its values.
/// </summary>
public static class AuditChangeText
{
    public static string Label(string field, IStringLocalizer l) => l[$"Audit.Field.{field}"];

    public static string Value(string field, JsonElement? value, IStringLocalizer l, TimeDisplay time, AuditNames? names = null) => value switch
    {
        null or { ValueKind: JsonValueKind.Null } => "—",
        { ValueKind: JsonValueKind.True } => l["Audit.Yes"],
        { ValueKind: JsonValueKind.False } => l["Audit.No"],
        { ValueKind: JsonValueKind.String } v => Text(field, v.GetString()!, l, time),
        { ValueKind: JsonValueKind.Number } v when names?.UnitOf(field, v) is { } unit => unit.ToString(),
        { ValueKind: JsonValueKind.Object } v => string.Join(' ', v.EnumerateObject().Select(p => Value(p.Name, p.Value, l, time, names))),
        { ValueKind: JsonValueKind.Array } v => string.Join(l["Common.ListSeparator"].Value, v.EnumerateArray().Select(e => Value(field, e, l, time, names))),
        { } v => v.GetRawText(),
    };

    private static string Text(string field, string text, IStringLocalizer l, TimeDisplay time)
    {
        if (AuditSnapshots.Enums.TryGetValue(field, out var enums)
            && enums.Select(e => l[$"Enum.{e.Name}.{text}"]).FirstOrDefault(s => !s.ResourceNotFound) is { } label)
        {
            return label;
        }

        if (PolicySnapshot.TryReadLimit(field, text, out var limit))
        {
            return l.Duration(limit);
        }

        return AuditSnapshots.Instants.Contains(field) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var instant)
            ? time.DateTime(instant)
            : text;
    }
}
