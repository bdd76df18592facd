using System.Globalization;

namespace Hotline.Domain.Calls;

public static class PersonName
{
    /// <summary>
    /// What a unit sees of a confidential caller: the family name only (张先生/女士 → 张**). The first character is
    /// taken as a whole text element, so a rare character outside the basic plane (𠮷) is not cut in half.
    /// </summary>
    public static string Mask(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return string.Empty;
        }

        var trimmed = name.Trim();
        return string.Concat(trimmed.AsSpan(0, StringInfo.GetNextTextElementLength(trimmed)), "**");
    }
}
