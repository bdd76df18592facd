using Hotline.Services.Common;

namespace Hotline.Services.Reference;

/// <summary>
/// The pickers' categories and units, kept between requests (docs/decisions/0040-reference-lists-kept.md): every queue,
/// the intake screen and the ticket list show them, and reading them took two of a queue page's six statements. The
/// category and unit administration drop them after each save; another server's save shows within <see cref="MaxAge"/>.
/// </summary>
public sealed class ReferenceDataCache(TimeProvider time)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);

    public KeptValue<IReadOnlyList<CategoryOption>> LeafCategories { get; } = new(time, MaxAge);

    public KeptValue<IReadOnlyList<UnitOption>> Units { get; } = new(time, MaxAge);

    /// <summary>A category or unit changed: both lists are read afresh (a unit's change can move a category's default).</summary>
    public void Invalidate()
    {
        LeafCategories.Invalidate();
        Units.Invalidate();
    }
}
