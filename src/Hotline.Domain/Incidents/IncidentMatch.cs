namespace Hotline.Domain.Incidents;

/// <summary>
/// The one rule of which calls an incident takes (docs/decisions/0032-emergency-incidents.md): the call's category is the
/// incident's (the same leaf, or a leaf of the incident's group); the call's area lies in the incident's (the same unit or
/// one below it; an incident without an area covers the whole city, a call without an area only such an incident); and
/// the call started inside the window while the incident was not ended.
/// </summary>
public static class IncidentMatch
{
    public static IncidentRefusal? Check(Incident incident, IncidentPlace place, DateTimeOffset callStartedAt)
    {
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(place);
        if (incident.EndedAt is { } ended && callStartedAt >= ended)
        {
            return IncidentRefusal.Ended;
        }

        if (callStartedAt < incident.StartsAt || callStartedAt >= incident.EndsAt)
        {
            return IncidentRefusal.OutsideWindow;
        }

        if (place.CategoryId != incident.CategoryId && place.CategoryGroupId != incident.CategoryId)
        {
            return IncidentRefusal.WrongCategory;
        }

        if (incident.AreaUnitId is { } area && !place.AreaPath.Contains(area))
        {
            return IncidentRefusal.WrongArea;
        }

        return null;
    }

    public static bool Matches(Incident incident, IncidentPlace place, DateTimeOffset callStartedAt) =>
        Check(incident, place, callStartedAt) is null;
}
