using Hotline.Domain.Access;
using Hotline.Domain.Common;

namespace Hotline.Domain.Tickets;

/// <summary>督办: a supervisor flags a ticket for attention; the unit sees it at the top of its workbench.</summary>
public sealed partial class Ticket
{
    /// <summary>The supervision in force; null when the ticket is not (or no longer) supervised.</summary>
    public SupervisionLevel? Supervision { get; private set; }

    /// <summary>When the ticket was last flagged. Kept after the flag is lifted, so reports know it was supervised.</summary>
    public DateTimeOffset? SupervisedAt { get; private set; }

    public string? SupervisionNote { get; private set; }

    public bool IsSupervised => Supervision is not null;

    /// <summary>
    /// Flags (or re-levels) the ticket. A tighter resolution deadline moves the active lead unit's resolution clock
    /// earlier; it must lie between now and the deadline in force.
    /// </summary>
    public void Supervise(SupervisionLevel level, string note, DateTimeOffset? tighterResolveDueAt, Actor actor, DateTimeOffset now)
    {
        if (!Enum.IsDefined(level))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "Unknown supervision level.");
        }

        if (string.IsNullOrWhiteSpace(note))
        {
            throw new DomainRuleException("Supervision.Error.NoteRequired");
        }

        Assignment? lead = null;
        if (tighterResolveDueAt is { } due)
        {
            lead = _assignments.FirstOrDefault(a => a.IsActive && a.IsLead && a.ResolvedAt is null)
                ?? throw new DomainRuleException("Supervision.Error.NoClockToTighten");
            if (due <= now || due >= lead.ResolveDueAt)
            {
                throw new DomainRuleException("Supervision.Error.DeadlineNotTighter");
            }
        }

        Move(TicketAction.Supervise, actor, now, note.Trim(), LeadUnitId);
        Supervision = level;
        SupervisedAt = now;
        SupervisionNote = note.Trim();
        if (lead is not null && tighterResolveDueAt is { } tighter)
        {
            lead.Tighten(tighter);
        }
    }

    public void LiftSupervision(Actor actor, DateTimeOffset now, string? note)
    {
        if (Supervision is null)
        {
            throw new DomainRuleException("Supervision.Error.NotSupervised");
        }

        Move(TicketAction.LiftSupervision, actor, now, note, LeadUnitId);
        Supervision = null;
    }

    /// <summary>Supervision ends when the ticket closes (closed, merged, cancelled).</summary>
    private void EndSupervision() => Supervision = null;
}
