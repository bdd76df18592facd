using Hotline.Services.Common;
using Hotline.Services.Open311;
using Hotline.Web.Api.Open311.Contract;
using Hotline.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Hotline.Web.Api.Open311;

/// <summary>
/// Open311 GeoReport v2 at /open311/v2 (discovery at /open311/discovery), each resource in .xml and .json. Anonymous
/// as far as cookies go: POST needs an API key; everything is rate-limited per key (or per address without one).
/// </summary>
public static class Open311Endpoints
{
    public const string DocumentName = "open311";
    public const string BasePath = "/open311/v2";
    public const string Specification = "http://wiki.open311.org/GeoReport_v2";

    /// <summary>When the service list or its definitions last changed shape (clients refresh their caches after it).</summary>
    public const string Changeset = "2026-12-03T00:00:00+08:00";

    private const string XmlType = "text/xml";
    private const string JsonType = "application/json";
    private static readonly string[] Formats = [XmlType, JsonType];

    public static IEndpointRouteBuilder MapOpen311(this IEndpointRouteBuilder app)
    {
        var root = app.MapGroup("/open311").AllowAnonymous().RequireRateLimiting(RateLimits.Open311)
            .WithGroupName(DocumentName).WithTags("GeoReport v2");
        root.MapGet("/discovery.{format}", Discovery).WithSummary("Service discovery")
            .Produces<DiscoveryDto>(200, XmlType, JsonType);
        var v2 = root.MapGroup("/v2");
        v2.MapGet("/services.{format}", ServicesAsync).WithSummary("GET Service List")
            .Produces<ServiceDto[]>(200, XmlType, JsonType);
        v2.MapGet("/services/{service_code}.{format}", DefinitionAsync).WithSummary("GET Service Definition")
            .Produces<ServiceDefinitionDto>(200, XmlType, JsonType).Produces<ErrorDto[]>(404, XmlType, JsonType);
        v2.MapPost("/requests.{format}", SubmitAsync).WithSummary("POST Service Request")
            .WithDescription("Form-encoded (application/x-www-form-urlencoded). Send an Idempotency-Key header so that a retried POST never makes a second ticket.")
            .WithMetadata(new FormBody(typeof(ServiceRequestForm))).DisableAntiforgery()
            .Produces<ReceiptDto[]>(200, XmlType, JsonType).Produces<ErrorDto[]>(400, XmlType, JsonType).Produces<ErrorDto[]>(403, XmlType, JsonType)
            .Produces<ErrorDto[]>(404, XmlType, JsonType).Produces<ErrorDto[]>(429, XmlType, JsonType);
        v2.MapGet("/requests.{format}", RequestsAsync).WithSummary("GET Service Requests")
            .WithDescription("service_request_id (comma list, overrides the rest), service_code, start_date, end_date (at most 90 days apart; default the last 90 days), status (open, closed), page, page_size (at most 1,000).")
            .Produces<RequestDto[]>(200, XmlType, JsonType).Produces<ErrorDto[]>(400, XmlType, JsonType);
        v2.MapGet("/requests/{service_request_id}.{format}", RequestAsync).WithSummary("GET Service Request")
            .Produces<RequestDto[]>(200, XmlType, JsonType).Produces<ErrorDto[]>(404, XmlType, JsonType);
        // Anything else under /open311 answers in the API's own error format, not with the staff's HTML error page.
        root.Map("/{**rest}", (HttpContext context) => Error(context, 404, new ServiceError(string.Empty, "Open311.Error.NoSuchResource")))
            .ExcludeFromDescription();
        return app;
    }

    /// <summary>An error body as the spec shows it, in the format the path asks for (XML unless it ends in .json).</summary>
    public static IResult Error(HttpContext context, int status, params ServiceError[] errors)
    {
        var contract = Contract(context);
        var format = context.Request.Path.Value?.EndsWith(".json", StringComparison.OrdinalIgnoreCase) == true ? Open311Format.Json : Open311Format.Xml;
        return new Open311Document(errors.Select(e => contract.Error(status, e)).ToList(), "errors", status, format);
    }

    private static IResult Discovery(string format, HttpContext context)
    {
        if (ParseFormat(format) is not { } f)
        {
            return NoSuchFormat(context);
        }

        Contract(context);
        var l = context.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        var url = $"{context.Request.Scheme}://{context.Request.Host}{BasePath}";
        var body = new DiscoveryDto(Changeset, l["Open311.Discovery.Contact"], l["Open311.Discovery.KeyService"],
            [new EndpointDto(Specification, url, Changeset, "production", Formats)]);
        return new Open311Document(body, "discovery", 200, f);
    }

    private static async Task<IResult> ServicesAsync(string format, HttpContext context, Open311Service open311)
    {
        if (ParseFormat(format) is not { } f)
        {
            return NoSuchFormat(context);
        }

        var contract = Contract(context);
        var services = await open311.ServicesAsync(context.RequestAborted);
        return new Open311Document(services.Select(contract.Service).ToList(), "services", 200, f);
    }

    private static async Task<IResult> DefinitionAsync([FromRoute(Name = "service_code")] string serviceCode, string format, HttpContext context, Open311Service open311)
    {
        if (ParseFormat(format) is not { } f)
        {
            return NoSuchFormat(context);
        }

        var contract = Contract(context);
        var result = await open311.DefinitionAsync(serviceCode, context.RequestAborted);
        return result.Succeeded
            ? new Open311Document(contract.Definition(result.Value!), "service_definition", 200, f)
            : Refused(context, result.Errors);
    }

    private static async Task<IResult> SubmitAsync(string format, HttpContext context, Open311Service open311)
    {
        if (ParseFormat(format) is not { } f)
        {
            return NoSuchFormat(context);
        }

        var contract = Contract(context);
        if (Open311Caller.HasBadForm(context) || !context.Request.HasFormContentType)
        {
            return Error(context, 400, new ServiceError(string.Empty, "Open311.Error.Form"));
        }

        if (Open311Caller.ClientOf(context) is not { } client)
        {
            return Error(context, 403, new ServiceError("api_key", "Open311.Error.ApiKey"));
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var result = await open311.SubmitAsync(Open311Form.Read(form, context.Request.Headers["Idempotency-Key"]), client, context.RequestAborted);
        if (!result.Succeeded)
        {
            return Refused(context, result.Errors);
        }

        if (result.Value!.WasRepeat)
        {
            context.Response.Headers["Idempotent-Replayed"] = "true";
        }

        return new Open311Document(new[] { contract.Receipt(result.Value) }, "service_requests", 200, f);
    }

    private static async Task<IResult> RequestsAsync(string format, [AsParameters] RequestQuery q, HttpContext context, Open311Service open311)
    {
        if (ParseFormat(format) is not { } f)
        {
            return NoSuchFormat(context);
        }

        var contract = Contract(context);
        var result = await open311.RequestsAsync(new RequestQueryInput(q.ServiceRequestIds, q.ServiceCodes, q.StartDate, q.EndDate,
            q.Statuses, q.Page, q.PageSize), context.RequestAborted);
        return result.Succeeded
            ? new Open311Document(result.Value!.Select(contract.Request).ToList(), "service_requests", 200, f)
            : Refused(context, result.Errors);
    }

    private static async Task<IResult> RequestAsync([FromRoute(Name = "service_request_id")] string serviceRequestId, string format, HttpContext context, Open311Service open311)
    {
        if (ParseFormat(format) is not { } f)
        {
            return NoSuchFormat(context);
        }

        var contract = Contract(context);
        var result = await open311.RequestAsync(serviceRequestId, context.RequestAborted);
        return result.Succeeded
            ? new Open311Document(new[] { contract.Request(result.Value!) }, "service_requests", 200, f)
            : Refused(context, result.Errors);
    }

    private static IResult Refused(HttpContext context, IReadOnlyList<ServiceError> errors) =>
        Error(context, errors.Any(e => e.Field == Open311Service.NotFoundField) ? 404 : 400, [.. errors]);

    private static IResult NoSuchFormat(HttpContext context) =>
        Error(context, 404, new ServiceError("format", "Open311.Error.Format"));

    private static Open311Format? ParseFormat(string format) => format.ToLowerInvariant() switch
    {
        "xml" => Open311Format.Xml,
        "json" => Open311Format.Json,
        _ => null,
    };

    /// <summary>The contract writer, with the answer's language set for the rest of the request.</summary>
    private static Open311Contract Contract(HttpContext context)
    {
        var culture = Open311Culture.For(context.Request);
        System.Globalization.CultureInfo.CurrentCulture = culture;
        System.Globalization.CultureInfo.CurrentUICulture = culture;
        return context.RequestServices.GetRequiredService<Open311Contract>();
    }
}
