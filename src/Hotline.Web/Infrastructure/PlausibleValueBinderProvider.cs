using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Hotline.Web.Infrastructure;

/// <summary>
/// Puts <see cref="PlausibleValueBinder"/> around the framework's own binder for text, dates and yes/no values
/// (collections of them included: their elements are bound by these). Registered first in MvcOptions.
/// </summary>
public sealed class PlausibleValueBinderProvider(IReadOnlyList<IModelBinderProvider> framework) : IModelBinderProvider
{
    private static readonly HashSet<Type> Guarded = [typeof(string), typeof(bool), typeof(DateTime), typeof(DateTimeOffset), typeof(DateOnly)];

    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!Guarded.Contains(context.Metadata.UnderlyingOrModelType) || context.Metadata.IsComplexType)
        {
            return null;
        }

        foreach (var provider in framework)
        {
            if (provider.GetBinder(context) is { } inner)
            {
                return new PlausibleValueBinder(inner);
            }
        }

        return null;
    }
}
