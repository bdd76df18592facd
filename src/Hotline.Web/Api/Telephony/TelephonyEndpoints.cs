using Hotline.Domain.Channels;
using Hotline.Domain.Telephony;
using Hotline.Services.Channels;
using Hotline.Services.Telephony;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Hotline.Web.Api.Telephony;

/// <summary>
/// <c>POST /api/telephony/events</c>: the telephone platform's call and agent events, one JSON object or a batch (an
/// array, or <c>{"events": [...]}</c>), with the platform's key in <c>X-Api-Key</c> (or <c>Authorization: Bearer</c>).
/// A batch is refused whole with a 400 listing every wrong field of every event; nothing of it is written.
/// </summary>
public static class TelephonyEndpoints
{
    public const string EventsPath = "/api/telephony/events";
    public const int BodyMax = 1_048_576;

    public static IEndpointRouteBuilder MapTelephonyApi(this IEndpointRouteBuilder app)
    {
        app.MapPost(EventsPath, PostEventsAsync).AllowAnonymous().DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(BodyMax)).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> PostEventsAsync(HttpContext context, ApiClientService clients, CallEventService events,
        TelephonyBroadcast broadcast, IStringLocalizer<SharedResource> l)
    {
        var ct = context.RequestAborted;
        var client = await clients.AuthenticateAsync(KeyOf(context.Request), ApiScope.Telephony, ct);
        if (client is null)
        {
            return Refuse(l, StatusCodes.Status401Unauthorized, [new CallEventError(-1, string.Empty, "Telephony.Error.Key")]);
        }

        var (inputs, errors, status) = await CallEventJson.ReadAsync(context.Request, ct);
        if (errors.Count > 0)
        {
            return Refuse(l, status, errors);
        }

        var recorded = await events.RecordAsync(client.Id, inputs, ct);
        if (!recorded.Succeeded)
        {
            return Refuse(l, StatusCodes.Status400BadRequest, recorded.Errors);
        }

        await broadcast.AfterAsync(recorded, ct);
        return Results.Json(new EventsAccepted(recorded.Accepted, recorded.Duplicates));
    }

    private static string? KeyOf(HttpRequest request)
    {
        if (request.Headers["X-Api-Key"].ToString() is { Length: > 0 } key)
        {
            return key;
        }

        var authorization = request.Headers.Authorization.ToString();
        return authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? authorization["Bearer ".Length..].Trim() : null;
    }

    private static IResult Refuse(IStringLocalizer l, int status, IReadOnlyList<CallEventError> errors) =>
        Results.Json(new EventsRefused(errors.Select(e => new EventError(e.Index < 0 ? null : e.Index, e.Field, e.Code, l[e.Code].Value)).ToList()),
            statusCode: status);

    private sealed record EventsAccepted(int Accepted, int Duplicates);

    private sealed record EventsRefused(IReadOnlyList<EventError> Errors);

    private sealed record EventError(int? Event, string Field, string Code, string Message);
}
