namespace Hotline.Web.Pages.Dashboards;

/// <summary>A surging category on the wall: its name, its biggest surge day, that day's tickets and its previous daily mean.</summary>
public sealed record WallSurge(string Category, string PeakDay, string Count, string Baseline);
