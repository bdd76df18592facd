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

    public const int TicketNumberLength = 14;
    public const int CodeMax = 50;
    public const int UnitNameMax = 100;
    public const int CategoryNameMax = 100;
    public const int ArticleTitleMax = 200;
    public const int ArticleBodyMax = 20000;
    public const int KeywordsMax = 500;
    public const int SearchTextMax = 100;
    public const int PageSizeMax = 100;

    /// <summary>A link to a photo or video a citizen channel sent with the request (Open311 media_url).</summary>
    public const int MediaUrlMax = 500;
}
