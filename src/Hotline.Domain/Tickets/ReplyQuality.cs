namespace Hotline.Domain.Tickets;

/// <summary>
/// The automatic checks of a unit's reply before a reviewer reads it (审核, issue 18 §2): too short, no contact
/// recorded, contact after its deadline, the same words as one of the unit's last five replies. Computed once, when the
/// reply is submitted, and stored with the ticket (<see cref="Ticket.ReplyFlags"/>).
/// </summary>
public static class ReplyQuality
{
    /// <summary>A reply under this many characters (spaces aside) says too little to tell the citizen what was done.</summary>
    public const int MinLength = 15;

    /// <summary>How many of the unit's latest replies a new one is compared with.</summary>
    public const int RecentReplies = 5;

    public static ReplyFlags Check(string reply, DateTimeOffset? firstContactAt, DateTimeOffset firstContactDueAt, IEnumerable<string> unitRecentReplies)
    {
        ArgumentNullException.ThrowIfNull(reply);
        ArgumentNullException.ThrowIfNull(unitRecentReplies);
        var flags = ReplyFlags.None;
        var words = Normalize(reply);
        if (words.Length < MinLength)
        {
            flags |= ReplyFlags.TooShort;
        }

        if (firstContactAt is not { } contacted)
        {
            flags |= ReplyFlags.NoContact;
        }
        else if (contacted > firstContactDueAt)
        {
            flags |= ReplyFlags.LateContact;
        }

        if (unitRecentReplies.Take(RecentReplies).Any(r => Normalize(r) == words))
        {
            flags |= ReplyFlags.Repeated;
        }

        return flags;
    }

    /// <summary>The flags one by one, in their order, for a page to list.</summary>
    public static IReadOnlyList<ReplyFlags> Each(ReplyFlags flags) =>
        Enum.GetValues<ReplyFlags>().Where(f => f != ReplyFlags.None && flags.HasFlag(f)).ToList();

    // Spacing and line breaks do not make a reply different: a copied reply with an extra space is still a copy.
    private static string Normalize(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
