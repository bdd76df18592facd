namespace Hotline.Services.Dashboards;

/// <summary>Open tickets of one lead unit now (no unit: waiting for dispatch) with its names, overdue and nearly due among them.</summary>
public sealed record BacklogRow(int? UnitId, string? NameZh, string? NameEn, long Open, long Overdue, long NearlyDue);
