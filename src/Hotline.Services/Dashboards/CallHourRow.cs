namespace Hotline.Services.Dashboards;

/// <summary>Calls that started in one local hour: all, those with a measured answer, and those answered within 15 s.</summary>
public sealed record CallHourRow(DateOnly Day, int Hour, long Calls, long Timed, long WithinTarget);
