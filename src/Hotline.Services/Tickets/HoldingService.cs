using Hotline.Domain.Tickets;
using Hotline.Services.Common;
using Hotline.Services.Deadlines;

namespace Hotline.Services.Tickets;

/// <summary>One stretch of the ticket's life as the page shows it: the holder's name and the time held, natural and working.</summary>
public sealed record HoldingView(Holding Holding, LocalizedName? Unit, TimeSpan Natural, TimeSpan Working, double StartShare, double WidthShare)
{
    /// <summary>下派: the parent unit a sub-unit's holding works for; null for every other holding.</summary>
    public LocalizedName? ForUnit { get; init; }
}

/// <summary>The ticket's holders laid end to end (lead holdings) and the assisting units beside them.</summary>
public sealed record HoldingsView(IReadOnlyList<HoldingView> Lead, IReadOnlyList<HoldingView> Assisting, TimeSpan Life)
{
    public static HoldingsView Empty { get; } = new([], [], TimeSpan.Zero);
}

/// <summary>
/// Clock per holder (时限分段, issue 18 §1): who held a ticket, for how long, and which of their deadlines they met. The
/// ticket page passes the ticket it has read (<see cref="TicketDetail.Held"/>): nothing is read twice, and the working
/// calendar comes from <see cref="WorkingCalendarCache"/>.
/// </summary>
public sealed class HoldingService(TicketQueryService tickets, DeadlineService deadlines, WorkingCalendarCache calendars, HotlineClock clock)
{
    /// <summary>The holdings of a ticket the viewer may see, or <see cref="HoldingsView.Empty"/>.</summary>
    public async Task<HoldingsView> OfAsync(string number, Viewer viewer, CancellationToken ct = default) =>
        await tickets.GetAsync(number, viewer, ct) is { } ticket ? await ViewAsync(ticket, ct) : HoldingsView.Empty;

    /// <summary>The holdings of a ticket already read for the viewer.</summary>
    public async Task<HoldingsView> ViewAsync(TicketDetail ticket, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var now = clock.UtcNow;
        var holdings = HoldingTimeline.Of(ticket.Held, now);
        if (holdings.Count == 0)
        {
            return HoldingsView.Empty;
        }

        var calendar = await calendars.GetAsync(deadlines.LoadCalendarAsync, ct);
        // Every holder with a unit holds one of the ticket's assignments, whose names the ticket carries.
        var units = ticket.Assignments.DistinctBy(a => a.UnitId).ToDictionary(a => a.UnitId, a => a.Unit);
        var start = holdings[0].From;
        var end = holdings.Max(h => h.To ?? now);
        var life = end - start;
        HoldingView View(Holding h) => new(h, h.UnitId is { } id ? units.GetValueOrDefault(id) : null, h.Natural(now), h.Working(calendar, now),
            Share(h.From - start, life), Share(h.Natural(now), life))
        {
            ForUnit = h.IsDelegated
                ? ticket.Assignments.LastOrDefault(a => a.Role == AssignmentRole.Delegated && a.Round == h.Round && a.UnitId == h.UnitId && a.DispatchedAt <= h.From)?.ForUnit
                : null,
        };
        return new HoldingsView([.. holdings.Where(h => h.IsLead).Select(View)], [.. holdings.Where(h => !h.IsLead).Select(View)], life);
    }

    private static double Share(TimeSpan part, TimeSpan whole) => whole <= TimeSpan.Zero ? 0 : Math.Clamp(part / whole, 0, 1);
}
