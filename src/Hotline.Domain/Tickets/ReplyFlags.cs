namespace Hotline.Domain.Tickets;

/// <summary>
/// What the automatic quality check (<see cref="ReplyQuality"/>) found in a unit's reply, shown to the reviewer. Stored
/// with the ticket when the reply is submitted, so the values are stored numbers and must not change.
/// </summary>
[Flags]
public enum ReplyFlags
{
    None = 0,

    /// <summary>Shorter than <see cref="ReplyQuality.MinLength"/> characters.</summary>
    TooShort = 1,

    /// <summary>The unit never recorded a contact with the citizen.</summary>
    NoContact = 2,

    /// <summary>The first contact came after its deadline.</summary>
    LateContact = 4,

    /// <summary>The same words as one of the unit's last <see cref="ReplyQuality.RecentReplies"/> replies.</summary>
    Repeated = 8,
}
