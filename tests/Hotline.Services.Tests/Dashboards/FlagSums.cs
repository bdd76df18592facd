namespace Hotline.Services.Tests.Dashboards;

/// <summary>The flags of <see cref="FlagRow"/> summed for one unit (null: rows without a unit, e.g. sampled direct answers).</summary>
internal sealed record FlagSums(int? UnitId, long F0, long F1, long F2, long F3, long F4, long F5, long F6);
