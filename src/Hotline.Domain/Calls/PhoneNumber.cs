using System.Text.RegularExpressions;

namespace Hotline.Domain.Calls;

/// <summary>
/// Chinese caller numbers: mobiles (1[3-9]xxxxxxxxx) and landlines with area code (0535-6681234) or
/// without (6681234, a local call). Stored normalised to digits so history lookups match however it was typed.
/// </summary>
public static partial class PhoneNumber
{
    public static bool TryNormalize(string? input, out string normalized)
    {
        normalized = string.Empty;
        if (string.IsNullOrWhiteSpace(input))
        {
            return false;
        }

        var compact = Separators().Replace(input.Trim(), string.Empty);
        if (compact.StartsWith("+86", StringComparison.Ordinal))
        {
            compact = compact[3..];
        }
        else if (compact.StartsWith("0086", StringComparison.Ordinal))
        {
            compact = compact[4..];
        }

        if (Mobile().IsMatch(compact) || Landline().IsMatch(compact) || Local().IsMatch(compact))
        {
            normalized = compact;
            return true;
        }

        return false;
    }

    public static bool IsValid(string? input) => TryNormalize(input, out _);

    public static bool IsMobile(string normalized) => Mobile().IsMatch(normalized);

    /// <summary>
    /// Masks the middle of a number for people who may not see it: 13812345678 → 138****5678. Local numbers
    /// (up to 8 digits) keep only their last two, since first three plus last four would reveal nearly all of them.
    /// </summary>
    public static string Mask(string number)
    {
        if (number.Length <= 8)
        {
            return new string('*', Math.Max(0, number.Length - 2)) + number[Math.Max(0, number.Length - 2)..];
        }

        return string.Concat(number.AsSpan(0, 3), "****", number.AsSpan(number.Length - 4));
    }

    [GeneratedRegex(@"[\s\-()（）]")]
    private static partial Regex Separators();

    // [0-9], not \d: \d also matches full-width and other Unicode digits, which would then be stored as typed.
    [GeneratedRegex(@"^1[3-9][0-9]{9}$")]
    private static partial Regex Mobile();

    // Area codes are 010, 02x, or 0 + three digits; local numbers have 7 or 8 digits not starting with 0 or 1.
    [GeneratedRegex(@"^(010|02[0-9]|0[3-9][0-9]{2})[2-9][0-9]{6,7}$")]
    private static partial Regex Landline();

    [GeneratedRegex(@"^[2-9][0-9]{6,7}$")]
    private static partial Regex Local();
}
