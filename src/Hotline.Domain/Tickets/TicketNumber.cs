using System.Globalization;

namespace Hotline.Domain.Tickets;

/// <summary>Ticket numbers read <c>yyyyMMdd-NNNNN</c>: the local registration date and that day's sequence.</summary>
public static class TicketNumber
{
    public const int MaxSequence = 99_999;

    public static string Format(DateOnly localDate, int sequence)
    {
        if (sequence is < 1 or > MaxSequence)
        {
            throw new ArgumentOutOfRangeException(nameof(sequence), sequence, "A day's sequence runs from 1 to 99999.");
        }

        return string.Create(CultureInfo.InvariantCulture, $"{localDate:yyyyMMdd}-{sequence:D5}");
    }

    public static bool TryParse(string? text, out DateOnly date, out int sequence)
    {
        date = default;
        sequence = 0;
        if (text is null || text.Length != 14 || text[8] != '-')
        {
            return false;
        }

        return DateOnly.TryParseExact(text[..8], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)
            && text[9..].All(char.IsAsciiDigit)
            && int.TryParse(text[9..], NumberStyles.None, CultureInfo.InvariantCulture, out sequence)
            && sequence >= 1;
    }

    public static bool IsValid(string? text) => TryParse(text, out _, out _);
}
