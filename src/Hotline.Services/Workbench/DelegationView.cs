using Hotline.Domain.Tickets;
using Hotline.Services.Common;

namespace Hotline.Services.Workbench;

/// <summary>A sub-unit's part (下派) as its parent follows it: who, when, its clocks and how far it got.</summary>
public sealed record DelegationView(
    LocalizedName SubUnit,
    bool IsActive,
    DateTimeOffset DelegatedAt,
    DateTimeOffset SignForDueAt,
    DateTimeOffset? SignedForAt,
    DateTimeOffset FirstContactDueAt,
    DateTimeOffset? FirstContactAt,
    DateTimeOffset ResolveDueAt,
    DateTimeOffset? ResolvedAt)
{
    /// <summary>The clock running on the sub-unit's part now, or null.</summary>
    public RunningClock? Running { get; init; }
}
