using Hotline.Services.Dispatch;

namespace Hotline.Services.Supervision;

/// <summary>Units' requests waiting for a decision: how many, and the oldest few of each.</summary>
public sealed record PendingDecisions(
    int ExtensionsWaiting,
    IReadOnlyList<PendingExtension> OldestExtensions,
    int ReturnsWaiting,
    IReadOnlyList<PendingReturn> OldestReturns);
