using Hotline.Domain.Common;
using Hotline.Services.Common;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Hotline.Web.Infrastructure;

/// <summary>
/// Wraps the framework's binder for text, dates and yes/no values so that every bound value of every page (form,
/// query, route, handler parameter) has a range before a page or service sees it: text may not be longer than
/// <see cref="Limits.TextMax"/> or hold a character no field stores (<see cref="Limits.HasUnstorableCharacters"/>), a date
/// must lie in <see cref="Limits.IsPlausible(DateOnly, DateOnly)"/>'s window, and a yes/no that does not parse is a field message rather than a crash when the checkbox is drawn again.
/// A refused value is not bound (the property keeps its default) and its message sits under the field's key.
/// </summary>
public sealed class PlausibleValueBinder(IModelBinder inner) : IModelBinder
{
    public async Task BindModelAsync(ModelBindingContext bindingContext)
    {
        await inner.BindModelAsync(bindingContext);
        var key = bindingContext.ModelName;
        var state = bindingContext.ModelState;
        if (!bindingContext.Result.IsModelSet)
        {
            // The checkbox tag helper converts the raw value again when it redraws the form: a raw "yes" would throw.
            if (state.TryGetValue(key, out var entry) && entry.Errors.Count > 0 && bindingContext.ModelMetadata.UnderlyingOrModelType == typeof(bool))
            {
                state.SetModelValue(key, rawValue: null, entry.AttemptedValue);
            }

            return;
        }

        var refusal = Refusal(bindingContext.Result.Model, bindingContext.HttpContext.RequestServices);
        if (refusal is not null)
        {
            state.TryAddModelError(key, refusal);
            bindingContext.Result = ModelBindingResult.Failed();
        }
    }

    private static string? Refusal(object? value, IServiceProvider services)
    {
        if (value is string text)
        {
            return text.Length > Limits.TextMax ? Localizer(services)["Validation.Text.TooLong"].Value
                : Limits.HasUnstorableCharacters(text) ? Localizer(services)["Validation.Text.ControlCharacters"].Value
                : null;
        }

        var date = value switch
        {
            DateTime time => DateOnly.FromDateTime(time),
            DateTimeOffset instant => DateOnly.FromDateTime(instant.DateTime),
            DateOnly day => day,
            _ => (DateOnly?)null,
        };
        if (date is not { } d)
        {
            return null;
        }

        return Limits.IsPlausible(d, services.GetRequiredService<HotlineClock>().LocalToday)
            ? null
            : Localizer(services)[HotlineClock.ImplausibleDate].Value;
    }

    private static IStringLocalizer Localizer(IServiceProvider services) => services.GetRequiredService<IStringLocalizer<SharedResource>>();
}
