using Hotline.Domain.Tickets;
using Hotline.Services.Common;

namespace Hotline.Services.Tickets;

/// <summary>One unit's part in a round, with each clock's due time and when it was met.</summary>
public sealed record AssignmentView(
    int Round,
    LocalizedName Unit,
    AssignmentRole Role,
    bool IsActive,
    DateTimeOffset DispatchedAt,
    DateTimeOffset SignForDueAt,
    DateTimeOffset? SignedForAt,
    DateTimeOffset FirstContactDueAt,
    DateTimeOffset? FirstContactAt,
    DateTimeOffset ResolveDueAt,
    DateTimeOffset? ResolvedAt,
    DateTimeOffset? AssistDoneAt)
{
    /// <summary>The clock running on this assignment now (<see cref="AssignmentClock"/>), or null: its deadlines count down
    /// only while it runs, so a merged, cancelled or closed ticket shows none.</summary>
    public RunningClock? Running { get; init; }

    /// <summary>The unit's id (the holdings name their units by it).</summary>
    public int UnitId { get; init; }

    /// <summary>下派: the parent unit a sub-unit's assignment works for (it answers for the ticket); null for every other assignment.</summary>
    public LocalizedName? ForUnit { get; init; }
}
