using Hotline.Services.Common;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Hotline.Web.Infrastructure;

public static class PageModelExtensions
{
    /// <summary>
    /// The act, unless a value of the request did not bind (text with control characters, a date out of range, a
    /// number that is not one): then nothing is done, null is returned and the value's message is in ModelState already.
    /// </summary>
    public static async Task<ServiceResult<T>?> IfBoundAsync<T>(this PageModel page, Func<Task<ServiceResult<T>>> act) =>
        page.ModelState.IsValid ? await act() : null;

    /// <summary>
    /// Whether the values under these keys (a field, or a form's prefix and its sub-fields) bound: for pages whose
    /// forms each post their own fields, so another form's absent fields, or a filter bound from the query, do not count.
    /// </summary>
    public static bool IsValidFor(this ModelStateDictionary modelState, params string[] keys) =>
        !modelState.Any(e => e.Value is { Errors.Count: > 0 }
            && keys.Any(k => e.Key.Equals(k, StringComparison.OrdinalIgnoreCase) || e.Key.StartsWith(k + ".", StringComparison.OrdinalIgnoreCase)));

    /// <summary>Shows a service's refusals next to their fields (<c>Input.Field</c>), translated.</summary>
    /// <summary>
    /// The save was refused because someone else changed the record since the form was read
    /// (<see cref="ServiceError.Concurrency"/>): the page redisplays what changed with the version just read, and keeps
    /// what was typed so it can be checked and sent again.
    /// </summary>
    public static bool IsConflict<T>(this ServiceResult<T>? result) => result?.Errors.Any(e => e.Code == ServiceError.Concurrency) == true;

    /// <summary>
    /// Each refusal with its message; a conflict says that nothing was saved and what was typed is kept
    /// (<paramref name="keptKey"/>) rather than only "reload".
    /// </summary>
    public static IEnumerable<ServiceError> KeepingTyped(this IEnumerable<ServiceError> errors, string keptKey = "Form.Concurrency.Kept") =>
        errors.Select(e => e.Code == ServiceError.Concurrency ? e with { Code = keptKey } : e);

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
