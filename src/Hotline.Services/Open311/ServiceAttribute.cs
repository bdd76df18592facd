namespace Hotline.Services.Open311;

/// <summary>
/// One attribute of a service definition (GeoReport v2): <see cref="Code"/> is what the client sends back as
/// <c>attribute[code]</c>; <see cref="Values"/> are the choices of a singlevaluelist. Descriptions are resource keys.
/// </summary>
public sealed record ServiceAttribute(
    string Code,
    string Datatype,
    bool Required,
    int Order,
    string DescriptionKey,
    string? DatatypeDescriptionKey,
    IReadOnlyList<AttributeValue> Values);
