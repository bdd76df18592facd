namespace Hotline.Services.Dashboards;

/// <summary>
/// A unit's dispatch objections and delegations in a ranked period, shown beside its rates (counts, not in the index):
/// the objections it raised that were upheld and rejected (by the day raised, the unit page's rule), the parts it
/// delegated to its sub-units and those it received from a parent (by the delegation day, the unit page's rule).
/// </summary>
public sealed record HandOffCounts(int ObjectionsUpheld, int ObjectionsRejected, int DelegatedOut, int DelegatedIn)
{
    public static HandOffCounts None { get; } = new(0, 0, 0, 0);
}
