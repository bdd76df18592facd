namespace Hotline.Services.Audit;

/// <summary>An audit entry as the audit page lists it; <see cref="Before"/> and <see cref="After"/> are JSON.</summary>
public sealed record AuditRow(long Id, DateTimeOffset At, string ActorName, bool Anonymous, string Area, string Action, string Subject, string? Before, string? After, string? Address);
