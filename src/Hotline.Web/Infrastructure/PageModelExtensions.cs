using Hotline.Services.Common;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Hotline.Web.Infrastructure;

public static class PageModelExtensions
{
    /// <summary>Shows a service's refusals next to their fields (<c>Input.Field</c>), translated.</summary>
    public static void AddErrors(this ModelStateDictionary modelState, IEnumerable<ServiceError> errors, IStringLocalizer localizer, string prefix = "Input")
    {
        foreach (var error in errors)
        {
            var key = string.IsNullOrEmpty(error.Field) ? string.Empty
                : string.IsNullOrEmpty(prefix) ? error.Field
                : $"{prefix}.{error.Field}";
            modelState.AddModelError(key, localizer[error.Code]);
        }
    }
}
