using Hotline.Services.Common;

namespace Hotline.Services.Dashboards;

/// <summary>One leaf category's tickets on each day of the heat table, oldest day first.</summary>
public sealed record HeatRow(int CategoryId, LocalizedName Parent, LocalizedName Name, IReadOnlyList<long> Counts)
{
    public long Total => Counts.Sum();
}
