namespace Hotline.Services.Objections;

/// <summary>派单异议: why the dispatch is wrong and which unit should have it.</summary>
public sealed class ObjectionInput
{
    public string? Reason { get; set; }

    public int? SuggestedUnitId { get; set; }

    public uint Version { get; set; }
}
