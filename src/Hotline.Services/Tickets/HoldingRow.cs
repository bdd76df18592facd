using Hotline.Domain.Tickets;

namespace Hotline.Services.Tickets;

/// <summary>
/// One holding of a ticket as stored for the measures (<c>ticket_holdings</c>): what <see cref="HoldingTimeline.Of"/>
/// answered when the ticket last changed, written by <see cref="HoldingFold"/> and never by hand
/// (docs/decisions/0027-clock-per-holder.md). <see cref="Natural"/> and <see cref="Working"/> are set once it has ended.
/// </summary>
public sealed class HoldingRow
{
    public long TicketId { get; set; }

    /// <summary>The holding's place in the timeline's list (lead holdings first, then the assisting units).</summary>
    public int Seq { get; set; }

    public int Round { get; set; }
    public HolderKind Kind { get; set; }
    public int? UnitId { get; set; }
    public bool IsLead { get; set; }
    public DateTimeOffset FromAt { get; set; }
    public DateTimeOffset? ToAt { get; set; }
    public HoldingEnd End { get; set; }
    public TimeSpan? Natural { get; set; }
    public TimeSpan? Working { get; set; }
}
