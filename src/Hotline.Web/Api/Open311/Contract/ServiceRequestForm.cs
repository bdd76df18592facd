using System.Text.Json.Serialization;

namespace Hotline.Web.Api.Open311.Contract;

/// <summary>
/// POST requests' form fields, for the API reference (the endpoint reads the form itself, since attribute[code] fields
/// have names no model binds). Required: api_key, service_code, a location (lat and long, or address_string), phone,
/// description.
/// </summary>
public sealed record ServiceRequestForm(
    [property: JsonPropertyName("api_key")] string ApiKey,
    [property: JsonPropertyName("service_code")] string ServiceCode,
    [property: JsonPropertyName("lat")] double? Latitude,
    [property: JsonPropertyName("long")] double? Longitude,
    [property: JsonPropertyName("address_string")] string? AddressString,
    [property: JsonPropertyName("attribute[request_type]")] string? RequestType,
    [property: JsonPropertyName("attribute[urgency]")] string? Urgency,
    [property: JsonPropertyName("attribute[area]")] string? Area,
    [property: JsonPropertyName("description")] string Description,
    [property: JsonPropertyName("first_name")] string? FirstName,
    [property: JsonPropertyName("last_name")] string? LastName,
    [property: JsonPropertyName("phone")] string Phone,
    [property: JsonPropertyName("email")] string? Email,
    [property: JsonPropertyName("device_id")] string? DeviceId,
    [property: JsonPropertyName("account_id")] string? AccountId,
    [property: JsonPropertyName("media_url")] string? MediaUrl);
