namespace Hotline.Web.Pages.Dashboards;

/// <summary>One of the latest tickets on the wall.</summary>
public sealed record WallRow(string Number, string Category, string Time, string Caller, string Status, string StatusCode);
