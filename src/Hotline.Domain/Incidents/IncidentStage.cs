namespace Hotline.Domain.Incidents;

/// <summary>Where an incident stands, read from its facts (<see cref="Incident.StageOf"/>).</summary>
public enum IncidentStage
{
    /// <summary>Declared and not ended: intake offers it for matching calls inside its window.</summary>
    Active = 1,

    /// <summary>Ended by a supervisor (or by listing the callbacks): no call is attached any more.</summary>
    Ended = 2,

    /// <summary>The callback list is out and some callers still wait for their callback.</summary>
    CallingBack = 3,

    /// <summary>Every attached caller has had the result: the incident is closed.</summary>
    Closed = 4,
}
