using Hotline.Domain.Tickets;

namespace Hotline.Services.Workbench;

/// <summary>The viewing unit's own part in the ticket (its current round, or the last one it had).</summary>
public sealed record UnitAssignment(
    AssignmentRole Role,
    bool IsActive,
    DateTimeOffset DispatchedAt,
    DateTimeOffset SignForDueAt,
    DateTimeOffset? SignedForAt,
    DateTimeOffset FirstContactDueAt,
    DateTimeOffset? FirstContactAt,
    DateTimeOffset ResolveDueAt,
    DateTimeOffset? ResolvedAt,
    DateTimeOffset? AssistDoneAt,
    RequestStatus? ReturnStatus,
    string? ReturnReason,
    ReturnReason? ReturnKind,
    int ExtensionCount)
{
    public bool IsLead => Role == AssignmentRole.Lead;

    /// <summary>The clock running on this assignment now (<see cref="AssignmentClock"/>), or null.</summary>
    public RunningClock? Running { get; init; }
}
