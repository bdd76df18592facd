namespace Hotline.Domain.Calls;

public static class PersonName
{
    /// <summary>What a unit sees of a confidential caller: the family name only (张先生/女士 → 张**).</summary>
    public static string Mask(string? name) =>
        string.IsNullOrWhiteSpace(name) ? string.Empty : string.Concat(name.Trim().AsSpan(0, 1), "**");
}
