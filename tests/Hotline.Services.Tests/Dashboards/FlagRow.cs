namespace Hotline.Services.Tests.Dashboards;

/// <summary>One source row (assignment, callback, extension request) as 0/1 flags, one slot per counted measure.</summary>
internal sealed class FlagRow
{
    public const int Slots = 7;

    public int? UnitId { get; init; }
    public int F0 { get; init; }
    public int F1 { get; init; }
    public int F2 { get; init; }
    public int F3 { get; init; }
    public int F4 { get; init; }
    public int F5 { get; init; }
    public int F6 { get; init; }
}
