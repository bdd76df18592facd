namespace Hotline.Web.Pages.Dashboards;

/// <summary>The running incidents' panel (_IncidentsLive) on the wall (<see cref="OnWall"/>) or the dashboard.</summary>
public sealed record IncidentsLiveView(IReadOnlyList<IncidentWallRow> Rows, bool OnWall);
