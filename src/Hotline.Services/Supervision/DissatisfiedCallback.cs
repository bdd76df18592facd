using Hotline.Domain.Tickets;
using Hotline.Services.Common;

namespace Hotline.Services.Supervision;

/// <summary>A callback that reached a citizen who was dissatisfied, with what they said and whether the ticket went round again.</summary>
public sealed record DissatisfiedCallback(
    string Number,
    TicketStatus Status,
    int Round,
    LocalizedName? Unit,
    DateTimeOffset AttemptedAt,
    string AgentName,
    string? CitizenWords,
    bool? Solved,
    bool Reopened,
    SupervisionLevel? Supervision);
