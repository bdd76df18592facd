using Hotline.Domain.Channels;
using Hotline.Services.Channels;

namespace Hotline.Web.Api.Open311;

/// <summary>
/// Finds the API client of an Open311 request before the rate limiter runs, so the limit is per key: reads the form of a
/// POST (api_key travels in the body) or the query, and authenticates the key once. Requests without a valid key are
/// limited by their address instead.
/// </summary>
public sealed class Open311Caller(RequestDelegate next)
{
    private const string ClientItem = "open311.client";
    private const string BadFormItem = "open311.bad-form";

    public static AuthenticatedClient? ClientOf(HttpContext context) => context.Items[ClientItem] as AuthenticatedClient;

    public static bool HasBadForm(HttpContext context) => context.Items.ContainsKey(BadFormItem);

    public async Task InvokeAsync(HttpContext context, ApiClientService clients)
    {
        var key = context.Request.Query["api_key"].ToString();
        if (HttpMethods.IsPost(context.Request.Method) && context.Request.HasFormContentType)
        {
            try
            {
                var form = await context.Request.ReadFormAsync(context.RequestAborted);
                key = form["api_key"].ToString() is { Length: > 0 } posted ? posted : key;
            }
            catch (Exception ex) when (ex is InvalidDataException or BadHttpRequestException or IOException)
            {
                context.Items[BadFormItem] = true;
            }
        }

        if (!string.IsNullOrEmpty(key))
        {
            context.Items[ClientItem] = await clients.AuthenticateAsync(key, ApiScope.Open311, context.RequestAborted);
        }

        await next(context);
    }
}
