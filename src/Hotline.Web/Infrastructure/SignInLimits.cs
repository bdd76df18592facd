using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Hotline.Web.Infrastructure;

/// <summary>
/// How sign-in is held back (<c>Hotline:SignIn</c>): how many sign-in posts one client address may make in a window
/// (with the defaults, 10 per 15 minutes, the length of an account's lockout, one address can lock at most two accounts
/// at a time, however many names it tries; a person who mistypes a few times is never stopped), and the least time a
/// refusal takes.
/// </summary>
public sealed class SignInLimits
{
    public const string Section = "Hotline:SignIn";

    /// <summary>The rate limiter policy on the sign-in page's post (other policies, e.g. the API's, sit beside it).</summary>
    public const string Policy = "sign-in";

    public int AttemptsPerAddress { get; set; } = 10;

    public TimeSpan AddressWindow { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// The least time a refused sign-in takes, whatever the reason: longer than verifying a password hash and recording
    /// a failure, so how long a refusal took says nothing about the account.
    /// </summary>
    public TimeSpan RefusalTime { get; set; } = TimeSpan.FromMilliseconds(300);

    /// <summary>
    /// Registers ASP.NET Core's rate limiter with the sign-in policy. Further policies are added with
    /// <c>services.AddRateLimiter(o =&gt; o.AddPolicy(...))</c> beside it; a refusal is 429 with Retry-After, and pages
    /// show it through the status-code page.
    /// </summary>
    public static IServiceCollection Register(IServiceCollection services)
    {
        services.AddOptions<SignInLimits>().BindConfiguration(Section);
        return services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, _) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }

                return ValueTask.CompletedTask;
            };
            o.AddPolicy(Policy, context =>
            {
                if (!HttpMethods.IsPost(context.Request.Method))
                {
                    return RateLimitPartition.GetNoLimiter(string.Empty);
                }

                var limits = context.RequestServices.GetRequiredService<IOptions<SignInLimits>>().Value;
                return RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? string.Empty, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limits.AttemptsPerAddress,
                    Window = limits.AddressWindow,
                    QueueLimit = 0,
                });
            });
        });
    }
}
