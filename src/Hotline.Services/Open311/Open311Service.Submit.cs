using Hotline.Domain.Calls;
using Hotline.Domain.Common;
using Hotline.Domain.Tickets;
using Hotline.Services.Channels;
using Hotline.Services.Common;
using Hotline.Services.Intake;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Open311;

public sealed partial class Open311Service
{
    /// <summary>The longest Idempotency-Key accepted (clients send UUIDs; anything longer is a mistake).</summary>
    public const int IdempotencyKeyMax = 200;

    // Intake's field names, as the GeoReport parameters the client sent.
    private static readonly Dictionary<string, string> IntakeFields = new()
    {
        [nameof(IntakeInput.CallerPhone)] = "phone",
        [nameof(IntakeInput.CallerName)] = "first_name",
        [nameof(IntakeInput.Content)] = "description",
        [nameof(IntakeInput.Address)] = "address_string",
        [nameof(IntakeInput.Latitude)] = "lat",
        [nameof(IntakeInput.MediaUrl)] = "media_url",
        [nameof(IntakeInput.CategoryId)] = "service_code",
        [nameof(IntakeInput.AreaUnitId)] = $"attribute[{Open311Attributes.Area}]",
        [nameof(IntakeInput.RequestType)] = $"attribute[{Open311Attributes.RequestType}]",
        [nameof(IntakeInput.Urgency)] = $"attribute[{Open311Attributes.Urgency}]",
    };

    /// <summary>
    /// POST requests: registers a ticket from the client's channel through the intake service (number, dispatch deadline,
    /// timeline, call row, rollups), waiting for dispatch. The same Idempotency-Key again answers with the same ticket.
    /// </summary>
    public async Task<ServiceResult<ServiceRequestReceipt>> SubmitAsync(ServiceRequestInput request, AuthenticatedClient client, CancellationToken ct = default)
    {
        var errors = new List<ServiceError>();
        var category = string.IsNullOrWhiteSpace(request.ServiceCode)
            ? null
            : await db.Categories.AsNoTracking().Where(c => c.Code == request.ServiceCode && c.ParentId != null && c.IsActive)
                .Select(c => (int?)c.Id).FirstOrDefaultAsync(ct);
        if (string.IsNullOrWhiteSpace(request.ServiceCode))
        {
            errors.Add(new("service_code", "Open311.Error.ServiceCodeRequired"));
        }
        else if (category is null)
        {
            return ServiceResult<ServiceRequestReceipt>.Fail(NotFoundField, "Open311.Error.ServiceNotFound");
        }

        var position = ReadPosition(request, errors);
        if (position is null && string.IsNullOrWhiteSpace(request.AddressString) && !errors.Any(e => e.Field == "lat"))
        {
            errors.Add(new("location", "Open311.Error.LocationRequired"));
        }

        if (string.IsNullOrWhiteSpace(request.Phone))
        {
            // The hotline calls every citizen back (回访): a request nobody can be called about cannot be closed.
            errors.Add(new("phone", "Open311.Error.PhoneRequired"));
        }

        if (request.IdempotencyKey is { Length: > IdempotencyKeyMax })
        {
            errors.Add(new("Idempotency-Key", "Open311.Error.IdempotencyKeyTooLong"));
        }

        var requestType = ReadChoice(request, Open311Attributes.RequestType, Open311Attributes.RequestTypes, Open311Attributes.DefaultRequestType, errors);
        var urgency = ReadChoice(request, Open311Attributes.Urgency, Open311Attributes.Urgencies, Urgency.Normal, errors);
        var area = await ReadAreaAsync(request, errors, ct);
        if (errors.Count > 0)
        {
            return ServiceResult<ServiceRequestReceipt>.Fail(errors);
        }

        var input = new IntakeInput
        {
            SubmissionId = string.IsNullOrEmpty(request.IdempotencyKey) ? SubmissionIds.New() : SubmissionIdFor(client.Id, request.IdempotencyKey),
            CallerPhone = request.Phone,
            CallerName = PersonNameOf(request.FirstName, request.LastName),
            Channel = client.Channel,
            RequestType = requestType,
            Urgency = urgency,
            CategoryId = category,
            AreaUnitId = area,
            Address = request.AddressString?.Trim(),
            Content = request.Description,
            Latitude = position?.Latitude,
            Longitude = position?.Longitude,
            MediaUrl = request.MediaUrl,
        };
        var result = await intake.ExecuteAsync(input, IntakeAction.Register, client.Actor, ct);
        if (!result.Succeeded)
        {
            return ServiceResult<ServiceRequestReceipt>.Fail(result.Errors
                .Select(e => new ServiceError(IntakeFields.GetValueOrDefault(e.Field, e.Field), e.Code)).ToList());
        }

        var outcome = result.Value!;
        return outcome.TicketNumber is { } number
            ? ServiceResult<ServiceRequestReceipt>.Ok(new ServiceRequestReceipt(number, Blank(request.AccountId), outcome.WasRepeat))
            // The key was used before for something that made no ticket: never by this API, which always registers.
            : ServiceResult<ServiceRequestReceipt>.Fail("Idempotency-Key", "Open311.Error.IdempotencyKeyUsed");
    }

    private static GeoPoint? ReadPosition(ServiceRequestInput request, List<ServiceError> errors)
    {
        var hasLat = !string.IsNullOrWhiteSpace(request.Latitude);
        var hasLong = !string.IsNullOrWhiteSpace(request.Longitude);
        if (!hasLat && !hasLong)
        {
            return null;
        }

        if (GeoPoint.TryParse(request.Latitude, request.Longitude, out var point))
        {
            return point;
        }

        errors.Add(new("lat", hasLat && hasLong ? "Validation.Position.Invalid" : "Open311.Error.LatLongBoth"));
        return null;
    }

    private static T ReadChoice<T>(ServiceRequestInput request, string code, IReadOnlyDictionary<string, T> choices, T fallback, List<ServiceError> errors)
    {
        if (!request.Attributes.TryGetValue(code, out var sent) || string.IsNullOrWhiteSpace(sent))
        {
            return fallback;
        }

        if (choices.TryGetValue(sent.Trim(), out var value))
        {
            return value;
        }

        errors.Add(new($"attribute[{code}]", "Open311.Error.AttributeValue"));
        return fallback;
    }

    private async Task<int?> ReadAreaAsync(ServiceRequestInput request, List<ServiceError> errors, CancellationToken ct)
    {
        if (!request.Attributes.TryGetValue(Open311Attributes.Area, out var code) || string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        var area = (await reference.AreasAsync(ct)).FirstOrDefault(a => a.Code == code.Trim());
        if (area is null)
        {
            errors.Add(new($"attribute[{Open311Attributes.Area}]", "Open311.Error.AttributeValue"));
        }

        return area?.Id;
    }

    /// <summary>Chinese names are written family name first with no space (张 + 三 → 张三); others "first last".</summary>
    private static string? PersonNameOf(string? first, string? last)
    {
        first = Blank(first);
        last = Blank(last);
        if (first is null || last is null)
        {
            return first ?? last;
        }

        return first.Any(c => c > 0x2E7F) || last.Any(c => c > 0x2E7F) ? last + first : $"{first} {last}";
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
