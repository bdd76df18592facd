namespace Hotline.Domain.Telephony;

/// <summary>One event as the platform wrote it, every field still text (the API's JSON names, camelCase).</summary>
public sealed record CallEventInput
{
    public string? EventId { get; init; }
    public string? Type { get; init; }
    public string? CallId { get; init; }
    public string? At { get; init; }
    public string? Caller { get; init; }
    public string? Queue { get; init; }
    public string? Agent { get; init; }
    public string? Target { get; init; }
    public string? HungUpBy { get; init; }
    public string? WaitSeconds { get; init; }
    public string? RecordingUrl { get; init; }
    public string? State { get; init; }
    public string? Reason { get; init; }
}
