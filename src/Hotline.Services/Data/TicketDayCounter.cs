namespace Hotline.Services.Data;

/// <summary>
/// The last ticket sequence handed out on a local date. Incremented inside the registering transaction,
/// so a rolled-back registration gives its number back: no duplicates and no gaps within a day.
/// </summary>
public sealed class TicketDayCounter
{
    public DateOnly Day { get; set; }

    public int LastValue { get; set; }
}
