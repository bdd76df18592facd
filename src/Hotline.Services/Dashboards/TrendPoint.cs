using Hotline.Domain.Performance;
using Hotline.Services.Objections;

namespace Hotline.Services.Dashboards;

/// <summary>
/// One month of a unit's trend: its counts, the index with the weights in force now, and beside them (not in the index)
/// the dispatch objections it raised that month and the parts it delegated and received, counted as the month's unit
/// page counts them (<see cref="TrendHandOffs"/>).
/// </summary>
public sealed record TrendPoint(Period Month, UnitCounts Counts, double? Index, ObjectionCounts Objections, int DelegatedOut, int DelegatedIn);
