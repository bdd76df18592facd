using Hotline.Domain.Tickets;

namespace Hotline.Services.Incidents;

/// <summary>One attached caller on the bulk callback page: who, how many calls, and what is recorded so far.</summary>
public sealed record IncidentCallbackRow(
    long Id,
    string Phone,
    string? CallerName,
    int Calls,
    bool Done,
    bool? Reached,
    Satisfaction? Satisfaction,
    bool? Solved,
    string? CitizenWords,
    int FailedDays,
    DateTimeOffset? RecordedAt,
    string? AgentName,
    uint Version);
