namespace Hotline.Services.Dashboards;

/// <summary>Tickets registered on one local day in one leaf category, and how many of them were answered directly.</summary>
public sealed record CategoryDayRow(int CategoryId, DateOnly Day, long Tickets, long Direct);
