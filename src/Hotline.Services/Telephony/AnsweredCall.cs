namespace Hotline.Services.Telephony;

/// <summary>A call an agent just answered: what their intake screen is filled in with.</summary>
public sealed record AnsweredCall(
    long PhoneCallId,
    string PlatformCallId,
    string? CallerNumber,
    string? AgentLogin,
    string? AgentUserId,
    DateTimeOffset ArrivedAt,
    DateTimeOffset AnsweredAt);
