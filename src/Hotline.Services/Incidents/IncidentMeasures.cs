using Hotline.Domain.Incidents;
using Hotline.Domain.Performance;

namespace Hotline.Services.Incidents;

/// <summary>
/// One incident in the measures (the dashboard's month, a unit's period): the calls attached and from how many callers,
/// the hotline's answer rate while it ran, its callers called back out of those listed, and the master's time from
/// registration to resolution (none while it is not resolved).
/// </summary>
public sealed record IncidentMeasures(
    int Id,
    string Name,
    IncidentStage Stage,
    string MasterNumber,
    long Attached,
    long Callers,
    Rate AnswerRate,
    Rate CalledBack,
    TimeSpan? TimeToResolution);
