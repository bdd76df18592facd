namespace Hotline.Domain.Common;

/// <summary>Shared field limits, used by validators, the EF model and pages alike.</summary>
public static class Limits
{
    public const int PhoneMax = 20;
    public const int PersonNameMax = 50;
    public const int AddressMax = 200;
    public const int ContentMin = 10;
    public const int ContentMax = 4000;
    public const int NoteMax = 2000;

    /// <summary>A resolution result must say what was done, not just "done" (办结结果).</summary>
    public const int ResultMin = 15;

    /// <summary>yyyyMMdd-NNNNN, or yyyyMMdd-NNNNNN past the 99,999th ticket of a day.</summary>
    public const int TicketNumberLength = 15;
    public const int CodeMax = 50;
    public const int UnitNameMax = 100;
    public const int CategoryNameMax = 100;
    public const int ArticleTitleMax = 200;
    public const int ArticleBodyMax = 20000;

    /// <summary>The longest text any field takes (a knowledge article's body): anything longer is refused as it is bound.</summary>
    public const int TextMax = ArticleBodyMax;
    public const int KeywordsMax = 500;
    public const int SearchTextMax = 100;
    public const int PageSizeMax = 100;

    /// <summary>A link to a photo or video a citizen channel sent with the request (Open311 media_url).</summary>
    public const int MediaUrlMax = 500;

    /// <summary>The deepest page a list serves: beyond it filters find more than paging does, and OFFSET stays bounded.</summary>
    public const int PageMax = 1_000;

    /// <summary>How far back and ahead of today a date given to the hotline can plausibly be (search, reports, deadlines, calls).</summary>
    public const int PlausibleYearsBack = 20;

    public const int PlausibleYearsAhead = 10;

    /// <summary>A page number as a list serves it: 1 for anything below, <see cref="PageMax"/> for anything beyond.</summary>
    public static int ClampPage(int page) => Math.Clamp(page, 1, PageMax);

    /// <summary>
    /// Whether a date lies in the plausible window around <paramref name="today"/> (local): every date a person or
    /// client gives is checked against it before it reaches time-zone or deadline arithmetic, so year 1 or 9999 is a
    /// message, not an overflow.
    /// </summary>
    public static bool IsPlausible(DateOnly date, DateOnly today) =>
        date >= today.AddYears(-PlausibleYearsBack) && date <= today.AddYears(PlausibleYearsAhead);

    public static bool IsPlausible(DateTime localTime, DateOnly today) => IsPlausible(DateOnly.FromDateTime(localTime), today);

    /// <summary>
    /// Whether text holds a character no field may store: a control character other than tab, line feed and carriage
    /// return (PostgreSQL refuses NUL; the others are never typed), half a surrogate pair, or U+FFFE/U+FFFF (no person
    /// types them, and the XML the API and the exports write cannot hold them).
    /// </summary>
    public static bool HasUnstorableCharacters(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if ((char.IsControl(c) && c is not ('\t' or '\n' or '\r')) || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF')
            {
                return true;
            }
        }

        return false;
    }
}
