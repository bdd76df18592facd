using Hotline.Domain.Performance;

namespace Hotline.Services.Incidents;

/// <summary>
/// The incident report (事件报告): calls per hour and the answer rate over the window, the master's time to resolution,
/// the attached calls and callers, and the callbacks' outcomes.
/// </summary>
public sealed record IncidentReport(
    IncidentDetail Incident,
    IReadOnlyList<IncidentHourRow> Hours,
    DateTimeOffset MasterRegisteredAt,
    DateTimeOffset? MasterResolvedAt,
    long Callers,
    IncidentCallbackCounts Callbacks)
{
    public long Attached => Hours.Sum(h => h.Attached);

    public Rate AnswerRate => new(Hours.Sum(h => h.Answered), Hours.Sum(h => h.Arrived));

    /// <summary>From the master's registration to its resolution; none while it is not resolved.</summary>
    public TimeSpan? TimeToResolution => MasterResolvedAt - MasterRegisteredAt;
}
