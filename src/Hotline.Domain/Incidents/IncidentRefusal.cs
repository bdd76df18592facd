namespace Hotline.Domain.Incidents;

/// <summary>Why a call may not be attached to an incident; the resource key is <c>Incident.Error.{name}</c>.</summary>
public enum IncidentRefusal
{
    Ended = 1,
    OutsideWindow = 2,
    WrongCategory = 3,
    WrongArea = 4,
}
