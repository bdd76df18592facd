using Hotline.Domain.Performance;

namespace Hotline.Services.Dashboards;

/// <summary>One month of a unit's trend: its counts and the index with the weights in force now.</summary>
public sealed record TrendPoint(Period Month, UnitCounts Counts, double? Index);
