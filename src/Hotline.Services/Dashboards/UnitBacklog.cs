using Hotline.Services.Common;

namespace Hotline.Services.Dashboards;

/// <summary>One row of "open / overdue / nearly due by unit"; the row without a unit is the tickets waiting for dispatch.</summary>
public sealed record UnitBacklog(int? UnitId, LocalizedName? Unit, long Open, long Overdue, long NearlyDue)
{
    public bool IsPendingDispatch => UnitId is null;
}
