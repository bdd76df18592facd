namespace Hotline.Domain.Tickets;

/// <summary>How the unit reached the citizen.</summary>
public enum ContactMethod
{
    Phone = 1,
    Visit = 2,
    Sms = 3,
    Other = 4,
}
