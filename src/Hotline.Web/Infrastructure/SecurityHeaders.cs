namespace Hotline.Web.Infrastructure;

/// <summary>
/// The headers every response carries (NetEscapades.AspNetCore.SecurityHeaders; ADR 0017): no framing by anyone
/// (<c>frame-ancestors 'none'</c>, X-Frame-Options DENY), no content sniffing, the origin only on cross-origin links,
/// and a Content-Security-Policy that runs only the app's own scripts and styles: no inline script, no style attribute,
/// nothing from another host (hotlines run on intranets; every asset is vendored under wwwroot).
/// </summary>
public static class SecurityHeaders
{
    /// <summary>
    /// The Open311 reference page (Scalar, a third-party page showing only the public API's document): the package starts
    /// it with an inline script, so that page alone also runs scripts carrying the request's nonce, and its components
    /// write their own inline styles, so it alone allows those. It is still refused eval, framing and other hosts.
    /// </summary>
    public const string ReferencePage = nameof(ReferencePage);

    public static IServiceCollection AddHotlineSecurityHeaders(this IServiceCollection services)
    {
        services.AddSecurityHeaderPolicies()
            .SetDefaultPolicy(Policy(referencePage: false))
            .AddPolicy(ReferencePage, Policy(referencePage: true));
        return services;
    }

    private static HeaderPolicyCollection Policy(bool referencePage) => new HeaderPolicyCollection()
        .AddDefaultSecurityHeaders()
        .AddFrameOptionsDeny()
        .AddContentTypeOptionsNoSniff()
        .AddReferrerPolicyStrictOriginWhenCrossOrigin()
        .AddContentSecurityPolicy(csp =>
        {
            csp.AddDefaultSrc().Self();
            var scripts = csp.AddScriptSrc().Self();
            var styles = csp.AddStyleSrc().Self();
            if (referencePage)
            {
                scripts.WithNonce();
                styles.UnsafeInline();
            }

            // Bootstrap draws its select arrows and check marks as data: SVGs.
            csp.AddImgSrc().Self().Data();
            csp.AddFontSrc().Self();
            csp.AddConnectSrc().Self();
            csp.AddObjectSrc().None();
            csp.AddBaseUri().Self();
            csp.AddFormAction().Self();
            csp.AddFrameAncestors().None();
        });
}
