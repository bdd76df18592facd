namespace Hotline.Web.Infrastructure;

/// <summary>
/// The headers every response carries (NetEscapades.AspNetCore.SecurityHeaders; ADR 0017): no framing by anyone
/// (<c>frame-ancestors 'none'</c>, X-Frame-Options DENY), no content sniffing, the origin only on cross-origin links,
/// and a Content-Security-Policy that runs only the app's own scripts and styles: no inline script, no style attribute,
/// nothing from another host (hotlines run on intranets; every asset is vendored under wwwroot).
/// </summary>
public static class SecurityHeaders
{
    public static HeaderPolicyCollection Policy() => new HeaderPolicyCollection()
        .AddDefaultSecurityHeaders()
        .AddFrameOptionsDeny()
        .AddContentTypeOptionsNoSniff()
        .AddReferrerPolicyStrictOriginWhenCrossOrigin()
        .AddContentSecurityPolicy(csp =>
        {
            csp.AddDefaultSrc().Self();
            csp.AddScriptSrc().Self();
            csp.AddStyleSrc().Self();
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
