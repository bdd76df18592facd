using Hotline.Domain.Tickets;
using Hotline.Services.Common;
using Hotline.Services.Data;
using Hotline.Services.Deadlines;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Tickets;

/// <summary>One stretch of the ticket's life as the page shows it: the holder's name and the time held, natural and working.</summary>
public sealed record HoldingView(Holding Holding, LocalizedName? Unit, TimeSpan Natural, TimeSpan Working, double StartShare, double WidthShare);

/// <summary>The ticket's holders laid end to end (lead holdings) and the assisting units beside them.</summary>
public sealed record HoldingsView(IReadOnlyList<HoldingView> Lead, IReadOnlyList<HoldingView> Assisting, TimeSpan Life)
{
    public static HoldingsView Empty { get; } = new([], [], TimeSpan.Zero);
}

/// <summary>Clock per holder (时限分段, issue 18 §1): who held a ticket, for how long, and which of their deadlines they met.</summary>
public sealed class HoldingService(HotlineDbContext db, DeadlineService deadlines, HotlineClock clock)
{
    /// <summary>The holdings of a ticket the viewer may see, or <see cref="HoldingsView.Empty"/>.</summary>
    public async Task<HoldingsView> OfAsync(string number, Viewer viewer, CancellationToken ct = default)
    {
        var ticket = await db.Tickets.AsNoTracking().VisibleTo(viewer).Where(t => t.Number == number)
            .Include(t => t.Events).Include(t => t.Assignments).AsSplitQuery().FirstOrDefaultAsync(ct);
        if (ticket is null)
        {
            return HoldingsView.Empty;
        }

        var now = clock.UtcNow;
        var holdings = HoldingTimeline.Of(ticket, now);
        if (holdings.Count == 0)
        {
            return HoldingsView.Empty;
        }

        var calendar = await deadlines.LoadCalendarAsync(ct);
        var unitIds = holdings.Where(h => h.UnitId is not null).Select(h => h.UnitId!.Value).Distinct().ToList();
        var units = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => new LocalizedName(u.NameZh, u.NameEn), ct);
        var start = holdings[0].From;
        var end = holdings.Max(h => h.To ?? now);
        var life = end - start;
        HoldingView View(Holding h) => new(h, h.UnitId is { } id ? units.GetValueOrDefault(id) : null, h.Natural(now), h.Working(calendar, now),
            Share(h.From - start, life), Share(h.Natural(now), life));
        return new HoldingsView([.. holdings.Where(h => h.IsLead).Select(View)], [.. holdings.Where(h => !h.IsLead).Select(View)], life);
    }

    private static double Share(TimeSpan part, TimeSpan whole) => whole <= TimeSpan.Zero ? 0 : Math.Clamp(part / whole, 0, 1);
}
