using System.Text.Json.Serialization;

namespace Hotline.Web.Api.Open311.Contract;

/// <summary>GET services/{service_code}: the attributes a request of this service may carry.</summary>
public sealed record ServiceDefinitionDto(
    [property: JsonPropertyName("service_code")] string ServiceCode,
    [property: JsonPropertyName("attributes")] IReadOnlyList<AttributeDto> Attributes);
