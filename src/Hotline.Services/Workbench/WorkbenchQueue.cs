namespace Hotline.Services.Workbench;

/// <summary>A page of the unit's queue and how many assignments each tab holds (under the same filters).</summary>
public sealed record WorkbenchQueue(Common.PagedList<WorkbenchItem> Items, IReadOnlyDictionary<WorkbenchGroup, int> Counts)
{
    public int Count(WorkbenchGroup group) => Counts.TryGetValue(group, out var count) ? count : 0;

    public int Total => Counts.Values.Sum();
}
