namespace Hotline.Domain.Units;

/// <summary>The unit tree by <see cref="Unit.ParentId"/>: which units lie under a unit (下派 goes only there).</summary>
public static class UnitTree
{
    /// <summary>Every unit under <paramref name="root"/> at any depth (not the root itself), from (id, parent) pairs; a cycle ends the walk.</summary>
    public static IReadOnlySet<int> DescendantsOf(int root, IEnumerable<(int Id, int? ParentId)> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        var children = units.Where(u => u.ParentId is not null).ToLookup(u => u.ParentId!.Value, u => u.Id);
        var found = new HashSet<int>();
        var next = new Queue<int>([root]);
        while (next.Count > 0)
        {
            foreach (var child in children[next.Dequeue()])
            {
                if (child != root && found.Add(child))
                {
                    next.Enqueue(child);
                }
            }
        }

        return found;
    }
}
