using Hotline.Domain.Channels;
using Hotline.Domain.Common;
using Hotline.Services.Channels;
using Hotline.Services.Common;
using Microsoft.Extensions.Primitives;

namespace Hotline.Web.Api.Open311;

/// <summary>
/// Finds the API client of an Open311 request before the rate limiter runs, so the limit is per key: reads the form of a
/// POST (api_key travels in the body) or the query, and authenticates the key once. Requests without a valid key are
/// limited by their address instead. Every value sent (route, query, form) first gets the range every page's values
/// get (<see cref="Infrastructure.PlausibleValueBinder"/>): no control characters, nothing longer than any field takes.
/// </summary>
public sealed class Open311Caller(RequestDelegate next)
{
    private const string ClientItem = "open311.client";
    private const string BadFormItem = "open311.bad-form";

    public static AuthenticatedClient? ClientOf(HttpContext context) => context.Items[ClientItem] as AuthenticatedClient;

    public static bool HasBadForm(HttpContext context) => context.Items.ContainsKey(BadFormItem);

    public async Task InvokeAsync(HttpContext context, ApiClientService clients)
    {
        IFormCollection? form = null;
        if (HttpMethods.IsPost(context.Request.Method) && context.Request.HasFormContentType)
        {
            try
            {
                form = await context.Request.ReadFormAsync(context.RequestAborted);
            }
            catch (Exception ex) when (ex is InvalidDataException or BadHttpRequestException or IOException)
            {
                context.Items[BadFormItem] = true;
            }
        }

        if (UnstorableField(context, form) is { } field)
        {
            await Open311Endpoints.Error(context, StatusCodes.Status400BadRequest, new ServiceError(field, "Open311.Error.Text")).ExecuteAsync(context);
            return;
        }

        var key = form?["api_key"].ToString() is { Length: > 0 } posted ? posted : context.Request.Query["api_key"].ToString();
        if (!string.IsNullOrEmpty(key))
        {
            context.Items[ClientItem] = await clients.AuthenticateAsync(key, ApiScope.Open311, context.RequestAborted);
        }

        await next(context);
    }

    /// <summary>
    /// The name of the first value holding a control character or more than <see cref="Limits.TextMax"/> characters (empty
    /// when the name is as bad as the value: the error repeats it), or null when every value can be stored.
    /// </summary>
    private static string? UnstorableField(HttpContext context, IFormCollection? form)
    {
        var values = context.Request.RouteValues.Select(r => new KeyValuePair<string, StringValues>(r.Key, r.Value?.ToString()))
            .Concat(context.Request.Query)
            .Concat(form ?? (IEnumerable<KeyValuePair<string, StringValues>>)[]);
        foreach (var (name, sent) in values)
        {
            if (sent.Any(text => text is not null && !IsStorable(text)))
            {
                return IsStorable(name) && name.Length <= Limits.CodeMax ? name : string.Empty;
            }
        }

        return null;
    }

    private static bool IsStorable(string text) => text.Length <= Limits.TextMax && !Limits.HasUnstorableCharacters(text);
}
