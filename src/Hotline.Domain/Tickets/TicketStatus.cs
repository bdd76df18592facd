namespace Hotline.Domain.Tickets;

public enum TicketStatus
{
    PendingDispatch = 1,
    Dispatched = 2,
    InProgress = 3,
    ReturnRequested = 4,
    Resolved = 5,
    Closed = 6,
    Merged = 7,
    Cancelled = 8,

    /// <summary>审核: the unit's reply waits for a hotline reviewer (issue 18 §2) before the callback.</summary>
    UnderReview = 9,
}
