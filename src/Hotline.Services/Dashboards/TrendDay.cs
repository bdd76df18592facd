using Hotline.Domain.Performance;

namespace Hotline.Services.Dashboards;

/// <summary>One local day of the 30-day trend.</summary>
public sealed record TrendDay(DateOnly Day, long Calls, long Tickets, Rate OnTimeCompletion, Rate Satisfaction);
