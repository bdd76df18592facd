namespace Hotline.Services.Audit;

/// <summary>The audit page's filter, bound from the query string.</summary>
public sealed class AuditFilter
{
    public string? Area { get; set; }

    public string? Action { get; set; }

    /// <summary>Contained in the actor's name or the subject.</summary>
    public string? Text { get; set; }

    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }

    public int Page { get; set; } = 1;
}
