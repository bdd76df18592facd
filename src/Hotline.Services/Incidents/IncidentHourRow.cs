namespace Hotline.Services.Incidents;

/// <summary>
/// One local hour of an incident's window: calls attached to it, and the hotline's platform calls that arrived and were
/// answered (the answer rate while the incident ran).
/// </summary>
public sealed record IncidentHourRow(DateTime Hour, long Attached, long Arrived, long Answered)
{
    public Domain.Performance.Rate AnswerRate => new(Answered, Arrived);
}
