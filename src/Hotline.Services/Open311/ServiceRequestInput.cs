namespace Hotline.Services.Open311;

/// <summary>A POST requests form as the client sent it (GeoReport v2 field names in the comments), nothing parsed yet.</summary>
public sealed class ServiceRequestInput
{
    /// <summary>service_code</summary>
    public string? ServiceCode { get; init; }

    /// <summary>lat</summary>
    public string? Latitude { get; init; }

    /// <summary>long</summary>
    public string? Longitude { get; init; }

    /// <summary>address_string</summary>
    public string? AddressString { get; init; }

    /// <summary>address_id: no address repository here, so it cannot stand in for a location on its own.</summary>
    public string? AddressId { get; init; }

    /// <summary>attribute[code] (the last value when a client repeats one)</summary>
    public IReadOnlyDictionary<string, string> Attributes { get; init; } = new Dictionary<string, string>();

    public string? Description { get; init; }
    public string? FirstName { get; init; }
    public string? LastName { get; init; }
    public string? Phone { get; init; }

    /// <summary>account_id: echoed in the answer, as the spec says.</summary>
    public string? AccountId { get; init; }

    /// <summary>media_url</summary>
    public string? MediaUrl { get; init; }

    /// <summary>The Idempotency-Key header: a retried POST with the same key answers with the first ticket.</summary>
    public string? IdempotencyKey { get; init; }
}
