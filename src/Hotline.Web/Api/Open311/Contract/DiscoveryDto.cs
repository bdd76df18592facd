using System.Text.Json.Serialization;

namespace Hotline.Web.Api.Open311.Contract;

/// <summary>Service discovery (/open311/discovery): where the GeoReport v2 endpoint is and what it speaks.</summary>
public sealed record DiscoveryDto(
    [property: JsonPropertyName("changeset")] string Changeset,
    [property: JsonPropertyName("contact")] string Contact,
    [property: JsonPropertyName("key_service")] string KeyService,
    [property: JsonPropertyName("endpoints")] IReadOnlyList<EndpointDto> Endpoints);
