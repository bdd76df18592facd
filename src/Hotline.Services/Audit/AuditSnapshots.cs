using System.Collections.Frozen;
using System.Reflection;

namespace Hotline.Services.Audit;

/// <summary>Every snapshot type's fields, read from the <see cref="IAuditSnapshot"/> records themselves (one place).</summary>
public static class AuditSnapshots
{
    public static IReadOnlyList<Type> Types { get; } = typeof(IAuditSnapshot).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IAuditSnapshot).IsAssignableFrom(t))
        .OrderBy(t => t.Name, StringComparer.Ordinal)
        .ToList();

    /// <summary>The names of all snapshot fields, each of which needs a label <c>Audit.Field.{Name}</c>.</summary>
    public static IReadOnlyList<string> Fields { get; } =
        Types.SelectMany(Properties).Select(p => p.Name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    /// <summary>The enums whose value names a field holds (stored by name), e.g. Roles → Role, Kind → UnitKind and CalendarDayKind.</summary>
    public static FrozenDictionary<string, Type[]> Enums { get; } = Types.SelectMany(Properties)
        .Select(p => (p.Name, Enum: EnumOf(p.PropertyType)))
        .Where(p => p.Enum is not null)
        .GroupBy(p => p.Name, StringComparer.Ordinal)
        .ToFrozenDictionary(g => g.Key, g => g.Select(p => p.Enum!).Distinct().ToArray(), StringComparer.Ordinal);

    /// <summary>The fields that hold an instant (stored in UTC), which the page shows in the hotline's zone.</summary>
    public static FrozenSet<string> Instants { get; } = Types.SelectMany(Properties)
        .Where(p => (Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType) == typeof(DateTimeOffset))
        .Select(p => p.Name)
        .ToFrozenSet(StringComparer.Ordinal);

    private static PropertyInfo[] Properties(Type type) => type.GetProperties(BindingFlags.Public | BindingFlags.Instance);

    // An enum, a nullable enum, or a list of an enum.
    private static Type? EnumOf(Type type)
    {
        var element = type == typeof(string) ? type
            : type.IsArray ? type.GetElementType()!
            : type.GetInterfaces().Append(type).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0] ?? type;
        element = Nullable.GetUnderlyingType(element) ?? element;
        return element.IsEnum ? element : null;
    }
}
