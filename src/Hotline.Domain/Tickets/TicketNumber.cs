using System.Globalization;

namespace Hotline.Domain.Tickets;

/// <summary>
/// Ticket numbers read <c>yyyyMMdd-NNNNN</c>: the local registration date and that day's sequence. A day past 99,999
/// continues with six digits (<c>yyyyMMdd-100000</c> … <c>-999999</c>), so the numbers already given keep their form and
/// a surge day has room (docs/decisions/0003-ticket-numbers.md).
/// </summary>
public static class TicketNumber
{
    public const int MaxSequence = 999_999;

    /// <summary>The last sequence written with five digits; from the next one on, six.</summary>
    public const int MaxFiveDigitSequence = 99_999;

    public static string Format(DateOnly localDate, int sequence)
    {
        if (sequence is < 1 or > MaxSequence)
        {
            throw new ArgumentOutOfRangeException(nameof(sequence), sequence, "A day's sequence runs from 1 to 999999.");
        }

        return string.Create(CultureInfo.InvariantCulture, $"{localDate:yyyyMMdd}-{sequence:D5}");
    }

    public static bool TryParse(string? text, out DateOnly date, out int sequence)
    {
        date = default;
        sequence = 0;
        if (text is null || text.Length is not (14 or 15) || text[8] != '-')
        {
            return false;
        }

        return DateOnly.TryParseExact(text[..8], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)
            && text[9..].All(char.IsAsciiDigit)
            && int.TryParse(text[9..], NumberStyles.None, CultureInfo.InvariantCulture, out sequence)
            && sequence >= 1
            // One way to write each number: six digits only for what five cannot hold.
            && (text.Length == 14 || sequence > MaxFiveDigitSequence);
    }

    public static bool IsValid(string? text) => TryParse(text, out _, out _);
}
