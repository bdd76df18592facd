namespace Hotline.Domain.Tickets;

/// <summary>Where a unit's request (extension, return) stands.</summary>
public enum RequestStatus
{
    Pending = 1,
    Approved = 2,
    Rejected = 3,
}
