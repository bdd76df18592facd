using System.Text.Json.Serialization;

namespace Hotline.Web.Api.Open311.Contract;

public sealed record AttributeValueDto(
    [property: JsonPropertyName("key")] string Key,
    [property: JsonPropertyName("name")] string Name);
