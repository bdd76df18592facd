using System.Text.Json;
using Hotline.Domain.Telephony;

namespace Hotline.Web.Api.Telephony;

/// <summary>
/// Reads the events API's body into text fields: a JSON object (one event), an array, or <c>{"events": [...]}</c>.
/// Strings and numbers are taken as written; any other JSON value where a field is expected is named as wrong.
/// Unknown fields are ignored, so a platform may send more than Hotline reads.
/// </summary>
public static class CallEventJson
{
    public const string BadBody = "Telephony.Error.Body";
    public const string BadEvent = "Telephony.Error.Event";
    public const string BadValue = "Telephony.Error.ValueType";
    public const string TooLarge = "Telephony.Error.TooLarge";

    private static readonly string[] Fields =
        ["eventId", "type", "callId", "at", "caller", "queue", "agent", "target", "hungUpBy", "waitSeconds", "recordingUrl", "state", "reason"];

    public static async Task<(List<CallEventInput> Inputs, List<CallEventError> Errors, int Status)> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        var inputs = new List<CallEventInput>();
        var errors = new List<CallEventError>();
        if (request.ContentType is not { } type || !type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(new CallEventError(-1, string.Empty, BadBody));
            return (inputs, errors, StatusCodes.Status415UnsupportedMediaType);
        }

        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(request.Body, new JsonDocumentOptions { MaxDepth = 8 }, ct);
        }
        catch (JsonException)
        {
            errors.Add(new CallEventError(-1, string.Empty, BadBody));
            return (inputs, errors, StatusCodes.Status400BadRequest);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            errors.Add(new CallEventError(-1, string.Empty, TooLarge));
            return (inputs, errors, StatusCodes.Status413PayloadTooLarge);
        }

        using (document)
        {
            var root = document.RootElement;
            IEnumerable<JsonElement>? items = root.ValueKind switch
            {
                JsonValueKind.Array => root.EnumerateArray(),
                JsonValueKind.Object when root.TryGetProperty("events", out var list) => list.ValueKind == JsonValueKind.Array ? list.EnumerateArray() : null,
                JsonValueKind.Object => [root],
                _ => null,
            };
            if (items is null)
            {
                errors.Add(new CallEventError(-1, string.Empty, BadBody));
                return (inputs, errors, StatusCodes.Status400BadRequest);
            }

            var index = 0;
            foreach (var item in items)
            {
                inputs.Add(Read(index++, item, errors));
            }
        }

        return (inputs, errors, StatusCodes.Status400BadRequest);
    }

    private static CallEventInput Read(int index, JsonElement item, List<CallEventError> errors)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new CallEventError(index, string.Empty, BadEvent));
            return new CallEventInput();
        }

        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var field in Fields)
        {
            if (!item.TryGetProperty(field, out var value))
            {
                continue;
            }

            switch (value.ValueKind)
            {
                case JsonValueKind.String:
                    values[field] = value.GetString();
                    break;
                case JsonValueKind.Number:
                    values[field] = value.GetRawText();
                    break;
                case JsonValueKind.Null:
                    break;
                default:
                    errors.Add(new CallEventError(index, field, BadValue));
                    break;
            }
        }

        return new CallEventInput
        {
            EventId = values.GetValueOrDefault("eventId"),
            Type = values.GetValueOrDefault("type"),
            CallId = values.GetValueOrDefault("callId"),
            At = values.GetValueOrDefault("at"),
            Caller = values.GetValueOrDefault("caller"),
            Queue = values.GetValueOrDefault("queue"),
            Agent = values.GetValueOrDefault("agent"),
            Target = values.GetValueOrDefault("target"),
            HungUpBy = values.GetValueOrDefault("hungUpBy"),
            WaitSeconds = values.GetValueOrDefault("waitSeconds"),
            RecordingUrl = values.GetValueOrDefault("recordingUrl"),
            State = values.GetValueOrDefault("state"),
            Reason = values.GetValueOrDefault("reason"),
        };
    }
}
