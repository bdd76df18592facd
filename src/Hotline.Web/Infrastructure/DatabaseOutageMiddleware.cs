using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Hotline.Services.Data;
using Hotline.Services.Data.ReadReplica;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Npgsql;

namespace Hotline.Web.Infrastructure;

/// <summary>
/// While PostgreSQL is down every request answers 503 with Retry-After and a page in the person's language saying the
/// system is briefly unavailable; a form that was being sent comes back on that page, every field as typed (its
/// submission id included, so sending it again after the database returns registers it once), with a button to send it
/// again. The page is written here, without the layout, the database or a re-run of the pipeline, so it cannot fail the
/// same way. The app's connection pool is cleared, so the first request after the database returns gets a fresh
/// connection instead of a dead one. Everything else is rethrown to the usual error handling.
/// </summary>
public sealed class DatabaseOutageMiddleware(RequestDelegate next, ILogger<DatabaseOutageMiddleware> logger)
{
    /// <summary>How long a client is asked to wait before retrying.</summary>
    public const int RetryAfterSeconds = 5;

    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (Exception ex) when (DatabaseOutage.Is(ex) && !context.Response.HasStarted && ReadFromStandby(context))
        {
            // The standby failed under a report: reports read the primary from now on, and the same address read
            // again is served from there (a GET only reads).
            context.RequestServices.GetRequiredService<ReplicaMonitor>().MarkDown(ex);
            logger.LogWarning("Standby unavailable: {Method} {Path} read again from the primary", context.Request.Method, context.Request.Path);
            if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
            {
                context.Response.Clear();
                context.Response.Headers.CacheControl = "no-store";
                context.Response.Redirect(context.Request.PathBase + context.Request.Path + context.Request.QueryString);
                return;
            }

            await AnswerAsync(context);
        }
        catch (Exception ex) when (DatabaseOutage.Is(ex) && !context.Response.HasStarted)
        {
            logger.LogWarning(ex, "Database unavailable: {Method} {Path} answered 503", context.Request.Method, context.Request.Path);
            ClearPool(context);
            await AnswerAsync(context);
        }
    }

    private static bool ReadFromStandby(HttpContext context) =>
        context.RequestServices.GetService<ReportingDb>() is { UsesReplica: true };

    private static void ClearPool(HttpContext context)
    {
        if (context.RequestServices.GetService<HotlineDbContext>()?.Database.GetDbConnection() is NpgsqlConnection connection)
        {
            NpgsqlConnection.ClearPool(connection);
        }
    }

    private static async Task AnswerAsync(HttpContext context)
    {
        var fields = context.Request.HasFormContentType ? await ResendableFieldsAsync(context.Request) : null;
        var response = context.Response;
        response.Clear();
        response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        response.Headers.CacheControl = "no-store";
        if (WebSetup.AsksForJsonOnly(context.Request))
        {
            response.ContentType = "application/json";
            await response.WriteAsync("""{"status":503,"title":"Service unavailable"}""");
            return;
        }

        var l = context.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        var html = context.RequestServices.GetRequiredService<HtmlEncoder>();
        response.ContentType = "text/html; charset=utf-8";
        await response.WriteAsync(Page(l, html, context.Request.Path + context.Request.QueryString, fields));
    }

    /// <summary>What the form sent, to send again; never a password (the person types it again), never a file.</summary>
    private static async Task<List<KeyValuePair<string, string>>?> ResendableFieldsAsync(HttpRequest request)
    {
        try
        {
            var form = await request.ReadFormAsync();
            return [.. form.Where(f => !f.Key.Contains("Password", StringComparison.OrdinalIgnoreCase))
                .SelectMany(f => f.Value.Select(v => new KeyValuePair<string, string>(f.Key, v ?? string.Empty)))];
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            return null;
        }
    }

    private static string Page(IStringLocalizer l, HtmlEncoder html, string address, List<KeyValuePair<string, string>>? fields)
    {
        var zh = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "zh";
        var page = new StringBuilder();
        page.Append(CultureInfo.InvariantCulture, $"""
            <!DOCTYPE html>
            <html lang="{(zh ? "zh-CN" : "en")}">
            <head>
            <meta charset="utf-8" />
            <meta name="viewport" content="width=device-width, initial-scale=1" />
            <title>{html.Encode(l["Outage.Title"])} · {html.Encode(l["App.Name"])}</title>
            <link rel="stylesheet" href="/lib/bootstrap-5.3.8/bootstrap.min.css" />
            <link rel="stylesheet" href="/css/site.css" />
            </head>
            <body>
            <nav class="navbar navbar-dark bg-hotline px-3 py-1"><span class="navbar-brand fw-semibold">{html.Encode(l["App.Name"])}</span></nav>
            <main id="main" class="container py-5 text-center" data-testid="outage">
            <h1 class="h3">{html.Encode(l["Outage.Title"])}</h1>
            <p class="text-muted">{html.Encode(l["Outage.Hint"])}</p>

            """);
        if (fields is null)
        {
            page.Append(CultureInfo.InvariantCulture, $"""<a class="btn btn-primary" href="{html.Encode(address)}" data-testid="outage-retry">{html.Encode(l["Outage.Retry"])}</a>""");
        }
        else
        {
            page.Append(CultureInfo.InvariantCulture, $"""<p>{html.Encode(l["Outage.FormKept"])}</p><form method="post" action="{html.Encode(address)}" data-testid="outage-form">""");
            foreach (var (name, value) in fields)
            {
                page.Append(CultureInfo.InvariantCulture, $"""<input type="hidden" name="{html.Encode(name)}" value="{html.Encode(value)}" />""");
            }

            page.Append(CultureInfo.InvariantCulture, $"""<button type="submit" class="btn btn-primary" data-testid="outage-resend">{html.Encode(l["Outage.Resend"])}</button></form>""");
        }

        page.Append("\n</main>\n</body>\n</html>\n");
        return page.ToString();
    }
}
