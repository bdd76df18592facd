namespace Hotline.Services.Common;

/// <summary>A refusal the page shows next to <see cref="Field"/> (empty for the whole form); <see cref="Code"/> is a resource key.</summary>
public sealed record ServiceError(string Field, string Code);
