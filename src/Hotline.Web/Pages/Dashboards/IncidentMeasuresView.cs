using Hotline.Services.Incidents;

namespace Hotline.Web.Pages.Dashboards;

/// <summary>The incidents of a period in the measures (_IncidentMeasures): the dashboard's month or a unit's period.</summary>
/// <param name="Linked">Names link to the incident's page (supervisors' pages only).</param>
public sealed record IncidentMeasuresView(string Title, IReadOnlyList<IncidentMeasures> Rows, bool Linked);
