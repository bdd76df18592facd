namespace Hotline.Services.Dashboards;

/// <summary>Open tickets of one active lead unit now (no unit: waiting for dispatch), overdue and nearly due among them.</summary>
public sealed record BacklogRow(int? UnitId, long Open, long Overdue, long NearlyDue);
