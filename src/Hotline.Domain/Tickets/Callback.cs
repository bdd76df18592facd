namespace Hotline.Domain.Tickets;

/// <summary>
/// 回访: one attempt by the hotline to call the citizen back about one round of a ticket. The attempt that reached
/// the citizen holds the facts the unit ranking counts (satisfied, solved) for the unit that resolved the round.
/// </summary>
public sealed class Callback
{
    private Callback()
    {
        AgentUserId = string.Empty;
        AgentName = string.Empty;
    }

    internal Callback(int round, int? unitId, bool isSample, DateTimeOffset attemptedAt, string agentUserId, string agentName,
        CallbackReport report)
    {
        Round = round;
        UnitId = unitId;
        IsSample = isSample;
        AttemptedAt = attemptedAt;
        LocalDate = report.LocalDate;
        AgentUserId = agentUserId;
        AgentName = agentName;
        Reached = report.Reached;
        Satisfaction = report.Reached ? report.Satisfaction : null;
        Solved = report.Reached ? report.Solved : null;
        CitizenWords = string.IsNullOrWhiteSpace(report.CitizenWords) ? null : report.CitizenWords.Trim();
        Reopened = report.Reopen;
    }

    public long Id { get; private set; }
    public long TicketId { get; private set; }
    public int Round { get; private set; }

    /// <summary>The lead unit whose result the citizen judged; null for a sampled direct answer.</summary>
    public int? UnitId { get; private set; }

    /// <summary>A sampled direct answer (直办抽样回访) rather than a unit's resolution.</summary>
    public bool IsSample { get; private set; }

    public DateTimeOffset AttemptedAt { get; private set; }
    public DateOnly LocalDate { get; private set; }
    public string AgentUserId { get; private set; }
    public string AgentName { get; private set; }
    public bool Reached { get; private set; }
    public Satisfaction? Satisfaction { get; private set; }
    public bool? Solved { get; private set; }
    public string? CitizenWords { get; private set; }

    /// <summary>The citizen was dissatisfied and the ticket went round again.</summary>
    public bool Reopened { get; private set; }

    /// <summary>申诉 upheld (ADR 0031): this dissatisfied callback leaves the unit's satisfaction and solved rates.</summary>
    public bool Excused { get; private set; }

    internal void Excuse() => Excused = true;

    public bool IsSatisfied => Satisfaction is Tickets.Satisfaction.Satisfied or Tickets.Satisfaction.BasicallySatisfied;
}
