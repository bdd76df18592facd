namespace Hotline.Domain.Tickets;

public enum Urgency
{
    Normal = 1,
    Urgent = 2,
}
