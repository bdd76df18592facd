using Hotline.Domain.Deadlines;
using Hotline.Services.Common;
using Microsoft.Extensions.Localization;

namespace Hotline.Web.Infrastructure;

public static class LocalizerExtensions
{
    /// <summary>An enum value's label, from the key <c>Enum.{Type}.{Value}</c>.</summary>
    public static LocalizedString Enum<T>(this IStringLocalizer localizer, T value)
        where T : struct, System.Enum => localizer[$"Enum.{typeof(T).Name}.{value}"];

    /// <summary>The label of an enum value known only at run time (a stored choice), from the same key as <see cref="Enum{T}"/>.</summary>
    public static LocalizedString Choice(this IStringLocalizer localizer, System.Enum value) =>
        localizer[$"Enum.{value.GetType().Name}.{value}"];

    /// <summary>A limit as people say it, e.g. "3 个工作日", from the key <c>Duration.{Unit}</c>.</summary>
    public static LocalizedString Duration(this IStringLocalizer localizer, TimeLimit limit) =>
        localizer[$"Duration.{limit.Unit}", limit.Amount];

    /// <summary>下派: a unit named with the parent it acted for, "莱山区黄海路街道（代莱山区人民政府）"; the unit alone without a parent.</summary>
    public static string ForUnit(this IStringLocalizer localizer, LocalizedName unit, LocalizedName? parent) =>
        parent is null ? unit.ToString() : localizer["Delegation.ForUnit", unit, parent].Value;
}
