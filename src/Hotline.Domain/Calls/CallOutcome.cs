namespace Hotline.Domain.Calls;

public enum CallOutcome
{
    NewTicket = 1,
    Urge = 2,
    DirectAnswer = 3,
    Invalid = 4,

    /// <summary>Attached to an emergency incident (突发事件): linked to its master ticket, no new ticket, no dispatch.</summary>
    IncidentAttached = 5,
}
