using Hotline.Domain.Access;
using Hotline.Domain.Calls;
using Hotline.Domain.Common;
using Hotline.Domain.Tickets;

namespace Hotline.Domain.Incidents;

/// <summary>
/// 突发事件 (emergency mode, issue 18 §5; docs/decisions/0032-emergency-incidents.md): a supervisor declares that one
/// problem (a cold snap, a burst water main) is making many people call — a category, an area and a time window — and
/// names the master ticket that carries the work. Intake attaches matching calls to it instead of registering tickets:
/// each attached call is linked to the master and dispatches nothing. Once the master is resolved, the attached callers
/// are listed for one callback each (<see cref="IncidentCallback"/>).
/// </summary>
public sealed class Incident
{
    public const int NameMax = 100;

    /// <summary>A window longer than this is a standing category, not an incident.</summary>
    public static readonly TimeSpan WindowMax = TimeSpan.FromDays(31);

    private Incident()
    {
        Name = string.Empty;
        DeclaredByUserId = string.Empty;
        DeclaredByName = string.Empty;
    }

    public int Id { get; private set; }
    public string Name { get; private set; }

    /// <summary>A leaf category, or a group (then every leaf of the group matches).</summary>
    public int CategoryId { get; private set; }

    /// <summary>A district or township (calls in it or below it match); empty for the whole city.</summary>
    public int? AreaUnitId { get; private set; }

    public DateTimeOffset StartsAt { get; private set; }
    public DateTimeOffset EndsAt { get; private set; }
    public long MasterTicketId { get; private set; }
    public DateTimeOffset DeclaredAt { get; private set; }
    public string DeclaredByUserId { get; private set; }
    public string DeclaredByName { get; private set; }
    public DateTimeOffset? EndedAt { get; private set; }
    public string? EndedByName { get; private set; }

    /// <summary>When the attached callers were first listed for their callback (the master had been resolved).</summary>
    public DateTimeOffset? CallbacksListedAt { get; private set; }

    public uint Version { get; private set; }

    public static Incident Declare(string name, int categoryId, int? areaUnitId, DateTimeOffset startsAt, DateTimeOffset endsAt,
        long masterTicketId, TicketStatus masterStatus, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        Require(actor, Role.Supervisor);
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > NameMax)
        {
            throw new DomainRuleException("Incident.Error.NameRequired");
        }

        if (endsAt <= startsAt || endsAt - startsAt > WindowMax)
        {
            throw new DomainRuleException("Incident.Error.WindowInvalid");
        }

        if (endsAt <= now)
        {
            throw new DomainRuleException("Incident.Error.WindowPassed");
        }

        if (!TicketTransitions.IsOpen(masterStatus))
        {
            throw new DomainRuleException("Incident.Error.MasterNotOpen");
        }

        return new Incident
        {
            Name = name.Trim(),
            CategoryId = categoryId,
            AreaUnitId = areaUnitId,
            StartsAt = startsAt,
            EndsAt = endsAt,
            MasterTicketId = masterTicketId,
            DeclaredAt = now,
            DeclaredByUserId = actor.UserId,
            DeclaredByName = actor.DisplayName,
        };
    }

    /// <summary>Intake offers it: not ended and <paramref name="now"/> inside the window.</summary>
    public bool IsActiveAt(DateTimeOffset now) => EndedAt is null && now >= StartsAt && now < EndsAt;

    /// <summary>
    /// Attaches a call just logged: the call is linked to the master ticket and nothing is dispatched. Refused when the
    /// call is already linked to a ticket (attached twice), the incident has ended, or the call does not match.
    /// </summary>
    public IncidentCall Attach(Call call, IncidentPlace place, string? words, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(actor);
        Require(actor, Role.Agent);
        if (call.TicketId is not null)
        {
            throw new DomainRuleException("Incident.Error.AlreadyAttached");
        }

        if (EndedAt is not null)
        {
            throw new DomainRuleException($"Incident.Error.{IncidentRefusal.Ended}");
        }

        if (IncidentMatch.Check(this, place, call.StartedAt) is { } refusal)
        {
            throw new DomainRuleException($"Incident.Error.{refusal}");
        }

        if (words?.Trim() is { Length: > Limits.NoteMax })
        {
            throw new DomainRuleException("Validation.Note.TooLong");
        }

        call.LinkTo(MasterTicketId);
        return new IncidentCall(Id, call, words, now);
    }

    /// <summary>A supervisor ends the incident: intake stops offering it; the calls attached stay.</summary>
    public void End(Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        Require(actor, Role.Supervisor);
        if (EndedAt is not null)
        {
            throw new DomainRuleException("Incident.Error.AlreadyEnded");
        }

        EndedAt = now;
        EndedByName = actor.DisplayName;
    }

    /// <summary>
    /// The master's result is out (resolved, after review where review applies, or closed): the attached callers are listed
    /// for their callback. An incident still running ends here, so no caller attached later misses the list. Listing again
    /// adds only callers not listed yet (the service inserts by caller).
    /// </summary>
    public void ListCallbacks(TicketStatus masterStatus, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.Has(Role.Agent) && !actor.Has(Role.Supervisor))
        {
            throw new DomainRuleException("Ticket.Error.RoleNotAllowed", "listing callbacks needs an agent or a supervisor");
        }

        if (!ResultStatuses.Contains(masterStatus))
        {
            throw new DomainRuleException("Incident.Error.MasterNotResolved");
        }

        if (EndedAt is null)
        {
            EndedAt = now;
            EndedByName = actor.DisplayName;
        }

        CallbacksListedAt ??= now;
    }

    /// <summary>The master's states in which its result is out, so the attached callers can be listed for their callback.</summary>
    public static readonly TicketStatus[] ResultStatuses = [TicketStatus.Resolved, TicketStatus.Closed];

    public static IncidentStage StageOf(DateTimeOffset? endedAt, DateTimeOffset? callbacksListedAt, int callbacksWaiting) =>
        endedAt is null ? IncidentStage.Active
        : callbacksListedAt is null ? IncidentStage.Ended
        : callbacksWaiting > 0 ? IncidentStage.CallingBack
        : IncidentStage.Closed;

    private static void Require(Actor actor, Role role)
    {
        if (!actor.Has(role))
        {
            throw new DomainRuleException("Ticket.Error.RoleNotAllowed", $"needs {role}");
        }
    }
}
