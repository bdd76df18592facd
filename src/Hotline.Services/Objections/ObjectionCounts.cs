namespace Hotline.Services.Objections;

/// <summary>A unit's objections in a period, by the day they were raised: how many, upheld, rejected (the rest wait).</summary>
public sealed record ObjectionCounts(int Raised, int Upheld, int Rejected)
{
    public static ObjectionCounts None { get; } = new(0, 0, 0);
}
