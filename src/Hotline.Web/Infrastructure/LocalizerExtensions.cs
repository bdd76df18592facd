using Microsoft.Extensions.Localization;

namespace Hotline.Web.Infrastructure;

public static class LocalizerExtensions
{
    /// <summary>An enum value's label, from the key <c>Enum.{Type}.{Value}</c>.</summary>
    public static LocalizedString Enum<T>(this IStringLocalizer localizer, T value)
        where T : struct, System.Enum => localizer[$"Enum.{typeof(T).Name}.{value}"];
}
