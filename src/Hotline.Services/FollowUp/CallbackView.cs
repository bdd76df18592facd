using Hotline.Domain.Tickets;
using Hotline.Services.Common;

namespace Hotline.Services.FollowUp;

/// <summary>One callback attempt as the ticket's pages show it.</summary>
public sealed record CallbackView(
    int Round,
    DateTimeOffset AttemptedAt,
    string AgentName,
    LocalizedName? Unit,
    bool IsSample,
    bool Reached,
    Satisfaction? Satisfaction,
    bool? Solved,
    string? CitizenWords,
    bool Reopened);
