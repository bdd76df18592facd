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

    /// <summary>下派: the unit works its parent's part as a sub-unit.</summary>
    public bool IsDelegated => Role == AssignmentRole.Delegated;

    /// <summary>派单异议: the unit's objection to the dispatch, when it raised one.</summary>
    public RequestStatus? ObjectionStatus { get; init; }

    public string? ObjectionReason { get; init; }

    /// <summary>The clock running on this assignment now (<see cref="AssignmentClock"/>), or null.</summary>
    public RunningClock? Running { get; init; }
}
