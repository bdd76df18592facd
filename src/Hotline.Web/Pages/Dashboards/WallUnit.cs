namespace Hotline.Web.Pages.Dashboards;

/// <summary>A unit (or the dispatch queue) on the wall's overdue list: its name in the viewer's language, overdue and open counts.</summary>
public sealed record WallUnit(string Name, string Overdue, string Open);
