using Hotline.Services.Exports;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace Hotline.Web.Infrastructure;

/// <summary>
/// Sends an export as a download while it is written: rows go from the database through the writer to the response, so
/// the browser starts receiving at once and the server never holds the whole file (docs/performance.md).
/// </summary>
public sealed class ExportFileResult(ExportFile file) : IActionResult
{
    public async Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var http = context.HttpContext;
        var response = http.Response;
        response.ContentType = file.ContentType;
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(file.FileName);
        response.Headers.ContentDisposition = disposition.ToString();
        // The CSV and xlsx writers may hand a full buffer to the stream synchronously; Kestrel refuses that by default.
        if (http.Features.Get<IHttpBodyControlFeature>() is { } body)
        {
            body.AllowSynchronousIO = true;
        }

        await file.WriteAsync(response.Body, http.RequestAborted);
    }
}
