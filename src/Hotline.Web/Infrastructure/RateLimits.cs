using System.Globalization;
using System.Threading.RateLimiting;
using Hotline.Services.Common;
using Hotline.Web.Api.Open311;
using Microsoft.AspNetCore.RateLimiting;

namespace Hotline.Web.Infrastructure;

/// <summary>
/// Named rate-limit policies (ASP.NET Core's rate limiter). The windows are kept per web node: behind a load balancer
/// the hotline-wide limit is the per-node limit times the nodes, which is what these limits are sized for.
/// </summary>
public static class RateLimits
{
    /// <summary>The Open311 API: per API key, or per client address for requests without a valid key.</summary>
    public const string Open311 = nameof(Open311);

    /// <summary>The public status page's lookups (POST), per client address: four digits must not be guessable.</summary>
    public const string StatusPage = nameof(StatusPage);

    /// <summary>The sign-in post, per client address (<see cref="SignInLimits"/>): one address cannot lock the shift's accounts.</summary>
    public const string SignIn = nameof(SignIn);

    public static IServiceCollection AddHotlineRateLimits(this IServiceCollection services)
    {
        services.AddOptions<RateLimitSettings>().BindConfiguration(RateLimitSettings.Section);
        services.AddOptions<SignInLimits>().BindConfiguration(SignInLimits.Section);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(Open311, context =>
            {
                var settings = Settings(context);
                var key = Open311Caller.ClientOf(context) is { } client ? $"client:{client.Id}" : $"address:{context.Connection.RemoteIpAddress}";
                return RateLimitPartition.GetFixedWindowLimiter(key, _ => PerMinute(settings.Open311PerMinute));
            });
            o.AddPolicy(StatusPage, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter($"status:{context.Connection.RemoteIpAddress}", _ => PerMinute(Settings(context).StatusLookupsPerMinute))
                : RateLimitPartition.GetNoLimiter("status:read"));
            o.AddPolicy(SignIn, context =>
            {
                if (!HttpMethods.IsPost(context.Request.Method))
                {
                    return RateLimitPartition.GetNoLimiter("sign-in:read");
                }

                var limits = context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<SignInLimits>>().Value;
                return RateLimitPartition.GetFixedWindowLimiter($"sign-in:{context.Connection.RemoteIpAddress}",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = Math.Max(1, limits.AttemptsPerAddress), Window = limits.AddressWindow, QueueLimit = 0 });
            });
            o.OnRejected = async (rejected, ct) =>
            {
                var context = rejected.HttpContext;
                if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }

                if (context.Request.Path.StartsWithSegments("/open311", StringComparison.OrdinalIgnoreCase))
                {
                    await Open311Endpoints.Error(context, StatusCodes.Status429TooManyRequests,
                        new ServiceError(string.Empty, "Open311.Error.RateLimited")).ExecuteAsync(context);
                }

                // Pages: no body here, so the status code page explains it in the visitor's language.
            };
        });
        return services;
    }

    private static RateLimitSettings Settings(HttpContext context) =>
        context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<RateLimitSettings>>().Value;

    private static FixedWindowRateLimiterOptions PerMinute(int permits) =>
        new() { PermitLimit = Math.Max(1, permits), Window = TimeSpan.FromMinutes(1), QueueLimit = 0, AutoReplenishment = true };
}
