using Hotline.Web.Infrastructure;
using NetEscapades.AspNetCore.SecurityHeaders;
using Scalar.AspNetCore;

namespace Hotline.Web.Api.Open311;

/// <summary>The Open311 API, its OpenAPI document (/openapi/open311.json) and its reference page (/open311/reference).</summary>
public static class Open311Setup
{
    public const string ReferencePath = "/open311/reference";

    public static IServiceCollection AddOpen311Api(this IServiceCollection services)
    {
        services.AddScoped<Open311Contract>();
        services.AddOpenApi(Open311Endpoints.DocumentName, o =>
        {
            o.ShouldInclude = d => d.GroupName == Open311Endpoints.DocumentName;
            o.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "12345 Hotline — Open311 GeoReport v2";
                document.Info.Version = "v2";
                document.Info.Description =
                    "Citizen channels (web portal, WeChat, apps, grid handsets) submit and follow requests here. Every resource " +
                    "answers in .xml or .json (GeoReport v2, http://wiki.open311.org/GeoReport_v2). POST requests needs an api_key " +
                    "issued by the hotline's administrators; send an Idempotency-Key header to make retries safe. Dates are ISO 8601 " +
                    "with an offset, text is UTF-8, answers are in Chinese unless locale=en or Accept-Language asks for English.";
                return Task.CompletedTask;
            });
            o.AddOperationTransformer(FormBody.DescribeAsync);
        });
        return services;
    }

    public static WebApplication MapOpen311Api(this WebApplication app)
    {
        app.MapOpen311();
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        // The page's script is served by the package itself; no fonts or scripts from outside (hotlines run on intranets).
        // Its one inline script carries the nonce the security headers allow on this page only.
        app.MapScalarApiReference(ReferencePath, (o, context) => o
                .WithNonce(context.GetNonce())
                .WithTitle("12345 Hotline — Open311 API")
                .AddDocument(Open311Endpoints.DocumentName)
                .DisableDefaultFonts()
                .DisableAgent()
                .DisableMcp())
            .WithSecurityHeadersPolicy(SecurityHeaders.ReferencePage)
            .AllowAnonymous();
        return app;
    }
}
