using System.Diagnostics;
using System.Globalization;

namespace Hotline.Web.Infrastructure;

/// <summary>
/// Answers every request of signed-in staff with <c>Server-Timing: db;dur=…;desc="N queries", app;dur=…</c>: how long
/// its database commands took and how long the app took until the response started. The benchmark (tools/Hotline.Bench)
/// and the browser's developer tools read it; anonymous visitors do not get it (it would tell them how the database
/// answers a sign-in). Switched by <c>Hotline:ServerTiming</c> (on by default).
/// </summary>
public sealed class ServerTimingMiddleware(RequestDelegate next)
{
    public const string HeaderName = "Server-Timing";

    public Task InvokeAsync(HttpContext context)
    {
        var timing = new DbTiming();
        DbTiming.Current = timing;
        var started = Stopwatch.GetTimestamp();
        context.Response.OnStarting(() =>
        {
            if (context.User.Identity?.IsAuthenticated != true)
            {
                return Task.CompletedTask;
            }

            var app = Stopwatch.GetElapsedTime(started);
            context.Response.Headers.Append(HeaderName, string.Create(CultureInfo.InvariantCulture,
                $"db;dur={timing.Elapsed.TotalMilliseconds:0.0};desc=\"{timing.Commands} queries\", app;dur={app.TotalMilliseconds:0.0}"));
            return Task.CompletedTask;
        });
        return next(context);
    }
}
