namespace Hotline.Domain.Incidents;

/// <summary>
/// Where a call falls, as the incident match needs it: its leaf category and that leaf's group, and its area with every
/// unit above it (a township and its district). An area left empty is an empty path.
/// </summary>
public sealed record IncidentPlace(int CategoryId, int? CategoryGroupId, IReadOnlyList<int> AreaPath)
{
    public static IncidentPlace Of(int categoryId, int? categoryGroupId, params int[] areaPath) => new(categoryId, categoryGroupId, areaPath);
}
