namespace Hotline.Services.Open311;

public sealed record ServiceDefinition(string ServiceCode, IReadOnlyList<ServiceAttribute> Attributes);
