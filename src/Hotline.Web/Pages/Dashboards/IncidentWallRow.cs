using Hotline.Services.Incidents;

namespace Hotline.Web.Pages.Dashboards;

/// <summary>
/// A running incident as the wall and the dashboard show it and as it is pushed: its name, the calls attached so far and
/// its stage's code (the page holds the stage names in the reader's language; pushes carry no language).
/// </summary>
public sealed record IncidentWallRow(int Id, string Name, long Attached, string Stage)
{
    public static IncidentWallRow From(IncidentSummary incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        return new IncidentWallRow(incident.Id, incident.Name, incident.Attached, incident.Stage.ToString());
    }
}
