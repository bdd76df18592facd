namespace Hotline.Services.Audit;

/// <summary>An audit entry as the audit page lists it; <see cref="Before"/> and <see cref="After"/> are JSON.</summary>
public sealed record AuditRow(long Id, DateTimeOffset At, string ActorName, bool Anonymous, string Area, string Action, string Subject, string? Before, string? After, string? Address)
{
    /// <summary>The fields the act changed, read from <see cref="Before"/> and <see cref="After"/> (worked out on each read).</summary>
    public IReadOnlyList<AuditFieldChange> Changes => AuditChanges.Between(Before, After);
}
