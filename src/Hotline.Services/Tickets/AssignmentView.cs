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
    DateTimeOffset? ResolvedAt);
