using Hotline.Domain.Performance;
using Hotline.Services.Common;

namespace Hotline.Services.Dashboards;

public sealed partial class HotlineDashboardService
{
    /// <summary>
    /// The heat table's rows (the <see cref="HeatCategories"/> leaf categories with most tickets in
    /// <paramref name="heat"/>) and the surges (<see cref="Surges"/>).
    /// </summary>
    private static (List<(int CategoryId, long[] Counts)> Heat, List<(int CategoryId, SurgeCheck Peak, int Days)> Surges) Categories(
        List<CategoryDayRow> tickets, DashboardPeriod heat, DashboardPeriod surge)
    {
        // One pass over the rows: each category's counts by day of the heat period (a row is one category and day).
        var counts = new Dictionary<int, long[]>();
        foreach (var t in tickets.Where(t => t.Day >= heat.From && t.Day <= heat.To))
        {
            if (!counts.TryGetValue(t.CategoryId, out var days))
            {
                counts[t.CategoryId] = days = new long[heat.Days];
            }

            days[t.Day.DayNumber - heat.From.DayNumber] += t.Tickets;
        }

        var heatRows = counts.Select(c => (CategoryId: c.Key, Counts: c.Value))
            .Where(r => r.Counts.Sum() > 0)
            .OrderByDescending(r => r.Counts.Sum()).ThenBy(r => r.CategoryId)
            .Take(HeatCategories)
            .ToList();
        return (heatRows, Surges(tickets, surge));
    }

    /// <summary>
    /// The leaf categories that surged in <paramref name="surge"/>, biggest surge first: each one's days judged by
    /// <see cref="SurgeDetector"/> against its own previous 28 days, with its peak day and how many days surged.
    /// </summary>
    private static List<(int CategoryId, SurgeCheck Peak, int Days)> Surges(List<CategoryDayRow> tickets, DashboardPeriod surge)
    {
        var surges = new List<(int, SurgeCheck, int)>();
        foreach (var category in tickets.GroupBy(t => t.CategoryId).Where(g => g.Any(t => t.Day >= surge.From && t.Tickets >= SurgeDetector.MinimumCount)))
        {
            var counts = category.ToDictionary(t => t.Day, t => (int)t.Tickets);
            var days = SurgeDetector.Surges(counts, surge.From, surge.To);
            if (days.Count > 0)
            {
                var peak = days.OrderByDescending(d => d.Count).ThenByDescending(d => d.Date).First();
                surges.Add((category.Key, peak, days.Count));
            }
        }

        return surges.OrderByDescending(s => s.Item2.Count).ThenBy(s => s.Item1).ToList();
    }

    /// <summary>
    /// The categories surging in the last <see cref="SurgeDays"/> days, named, as the dashboard shows them: for the wall
    /// monitor, which shows them without the rest of the dashboard.
    /// </summary>
    public async Task<IReadOnlyList<SurgingCategory>> SurgesAsync(CancellationToken ct = default)
    {
        var today = clock.LocalToday;
        var surge = DashboardPeriod.Ending(today, SurgeDays);
        var tickets = await figures.TicketsByCategoryAsync(new DashboardPeriod(surge.From.AddDays(-SurgeDetector.BaselineDays), today), ct);
        var surges = Surges(tickets, surge);
        if (surges.Count == 0)
        {
            return [];
        }

        var names = await figures.CategoryNamesAsync(surges.Select(s => s.CategoryId).ToHashSet(), ct);
        return surges.Select(s => Named(s, names)).ToList();
    }

    private static HeatRow Named((int CategoryId, long[] Counts) row, Dictionary<int, CategoryName> names)
    {
        var name = names.GetValueOrDefault(row.CategoryId) ?? new CategoryName(LocalizedName.Empty, LocalizedName.Empty);
        return new HeatRow(row.CategoryId, name.Parent, name.Name, row.Counts);
    }

    private static SurgingCategory Named((int CategoryId, SurgeCheck Peak, int Days) surge, Dictionary<int, CategoryName> names)
    {
        var name = names.GetValueOrDefault(surge.CategoryId) ?? new CategoryName(LocalizedName.Empty, LocalizedName.Empty);
        return new SurgingCategory(surge.CategoryId, name.Parent, name.Name, surge.Peak.Date, surge.Peak.Count,
            surge.Peak.BaselineMean, surge.Peak.BaselineDeviation, surge.Days);
    }
}
