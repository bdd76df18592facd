namespace Hotline.Services.Common;

/// <summary>A refusal the page shows next to <see cref="Field"/> (empty for the whole form); <see cref="Code"/> is a resource key.</summary>
public sealed record ServiceError(string Field, string Code)
{
    /// <summary>
    /// The record changed since the person loaded the form (ADR 0008): the one code every save refuses a stale version
    /// with, so a page tells a conflict apart (and keeps what was typed) the same way everywhere.
    /// </summary>
    public const string Concurrency = "Error.Concurrency";

    /// <summary>Only an administrator may do this.</summary>
    public const string AdminOnly = "Error.AdminOnly";
}
