using System.Text.Json.Serialization;

namespace Hotline.Web.Api.Open311.Contract;

/// <summary>One error: <see cref="Code"/> is the HTTP status, the description says which parameter and what is wrong.</summary>
public sealed record ErrorDto(
    [property: JsonPropertyName("code")] int Code,
    [property: JsonPropertyName("description")] string Description);
