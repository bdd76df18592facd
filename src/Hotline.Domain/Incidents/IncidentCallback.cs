using Hotline.Domain.Access;
using Hotline.Domain.Common;
using Hotline.Domain.Tickets;

namespace Hotline.Domain.Incidents;

/// <summary>
/// 批量回访: one attached caller (by number) told the master ticket's result. The report is the ticket callback's
/// (<see cref="CallbackReport"/>, checked by the same rule) and so is "unreachable": failed attempts on
/// <see cref="CallbackRules.MaxFailedAttempts"/> different local days end the callback. There is no reopening here:
/// a caller unhappy with the shared result is a new call.
/// </summary>
public sealed class IncidentCallback
{
    private IncidentCallback()
    {
        Phone = string.Empty;
    }

    public long Id { get; private set; }
    public int IncidentId { get; private set; }
    public string Phone { get; private set; }
    public string? CallerName { get; private set; }

    /// <summary>How many of the incident's calls came from this number.</summary>
    public int Calls { get; private set; }

    public DateTimeOffset ListedAt { get; private set; }
    public bool? Reached { get; private set; }
    public Satisfaction? Satisfaction { get; private set; }
    public bool? Solved { get; private set; }
    public string? CitizenWords { get; private set; }
    public int FailedDays { get; private set; }
    public DateOnly? LastFailedOn { get; private set; }

    /// <summary>Reached, or unreachable after the failed days: nothing more to record.</summary>
    public bool Done { get; private set; }

    public DateTimeOffset? RecordedAt { get; private set; }
    public string? AgentUserId { get; private set; }
    public string? AgentName { get; private set; }
    public uint Version { get; private set; }

    public bool IsUnreachable => Done && Reached == false;

    /// <summary>For tests and the list's insert: one caller of an incident, listed at <paramref name="listedAt"/>.</summary>
    public static IncidentCallback List(int incidentId, string phone, string? callerName, int calls, DateTimeOffset listedAt) =>
        new() { IncidentId = incidentId, Phone = phone, CallerName = callerName, Calls = calls, ListedAt = listedAt };

    public void Record(CallbackReport report, CallbackRules rules, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.Has(Role.Agent) && !actor.Has(Role.Supervisor))
        {
            throw new DomainRuleException("Ticket.Error.RoleNotAllowed", "callbacks need an agent or a supervisor");
        }

        if (Done)
        {
            throw new DomainRuleException("FollowUp.Error.NotAwaitingCallback");
        }

        if (report.Reopen)
        {
            throw new DomainRuleException("Incident.Error.NoReopen");
        }

        Ticket.ValidateReport(report, reopen: null);
        RecordedAt = now;
        AgentUserId = actor.UserId;
        AgentName = actor.DisplayName;
        CitizenWords = string.IsNullOrWhiteSpace(report.CitizenWords) ? null : report.CitizenWords.Trim();
        Reached = report.Reached;
        if (!report.Reached)
        {
            if (LastFailedOn != report.LocalDate)
            {
                FailedDays++;
                LastFailedOn = report.LocalDate;
            }

            Done = FailedDays >= rules.MaxFailedAttempts;
            return;
        }

        Satisfaction = report.Satisfaction;
        Solved = report.Solved;
        Done = true;
    }
}
