namespace Hotline.Domain.Tickets;

/// <summary>
/// 派单: one unit's part in one round of a ticket. Its deadlines are computed when it is created and stored,
/// so a later change of policy or calendar never moves them.
/// </summary>
public sealed class Assignment
{
    private Assignment()
    {
        DispatchedByUserId = string.Empty;
    }

    internal Assignment(int round, int unitId, AssignmentRole role, DateTimeOffset dispatchedAt, string dispatchedByUserId,
        string? instruction, AssignmentDeadlines deadlines)
    {
        Round = round;
        UnitId = unitId;
        Role = role;
        DispatchedAt = dispatchedAt;
        DispatchedByUserId = dispatchedByUserId;
        Instruction = instruction;
        SignForDueAt = deadlines.SignForDueAt;
        FirstContactDueAt = deadlines.FirstContactDueAt;
        ResolveDueAt = deadlines.ResolveDueAt;
        IsActive = true;
    }

    public long Id { get; private set; }
    public long TicketId { get; private set; }
    public int Round { get; private set; }
    public int UnitId { get; private set; }
    public AssignmentRole Role { get; private set; }
    public DateTimeOffset DispatchedAt { get; private set; }
    public string DispatchedByUserId { get; private set; }
    public string? Instruction { get; private set; }
    public DateTimeOffset SignForDueAt { get; private set; }
    public DateTimeOffset FirstContactDueAt { get; private set; }
    public DateTimeOffset ResolveDueAt { get; private set; }
    public DateTimeOffset? SignedForAt { get; private set; }
    public DateTimeOffset? FirstContactAt { get; private set; }
    public DateTimeOffset? ResolvedAt { get; private set; }

    /// <summary>False once the unit no longer holds the ticket (returned, merged away, a later round).</summary>
    public bool IsActive { get; private set; }

    /// <summary>An assisting unit's "our part is done".</summary>
    public DateTimeOffset? AssistDoneAt { get; private set; }

    public DateTimeOffset? ReturnRequestedAt { get; private set; }
    public string? ReturnReason { get; private set; }

    /// <summary>The listed reason chosen for the return; <see cref="ReturnReason"/> holds the unit's own words.</summary>
    public ReturnReason? ReturnKind { get; private set; }
    public RequestStatus? ReturnStatus { get; private set; }
    public DateTimeOffset? ReturnDecidedAt { get; private set; }

    /// <summary>Approved extensions: each moved <see cref="ResolveDueAt"/>.</summary>
    public int ExtensionCount { get; private set; }

    /// <summary>How many times a reviewer sent this unit's reply back (审核退回); a measure of the unit.</summary>
    public int ReviewReturns { get; private set; }

    /// <summary>The warning last raised on this assignment's running clocks, so each level is announced once.</summary>
    public WarningMark Warning { get; private set; }

    public bool IsLead => Role == AssignmentRole.Lead;

    internal void Deactivate() => IsActive = false;

    internal void MarkSignedFor(DateTimeOffset now) => SignedForAt ??= now;

    internal void MarkFirstContact(DateTimeOffset at) => FirstContactAt ??= at;

    internal void MarkResolved(DateTimeOffset now) => ResolvedAt = now;

    /// <summary>A reviewer sent the reply back: the unit's resolution clock runs again, to the same deadline.</summary>
    internal void SendBackFromReview()
    {
        ResolvedAt = null;
        ReviewReturns++;
    }

    internal void MarkAssistDone(DateTimeOffset now) => AssistDoneAt ??= now;

    internal void RequestReturn(DateTimeOffset now, ReturnReason? kind, string reason)
    {
        ReturnRequestedAt = now;
        ReturnReason = reason;
        ReturnKind = kind;
        ReturnStatus = RequestStatus.Pending;
        ReturnDecidedAt = null;
    }

    internal void DecideReturn(bool approve, DateTimeOffset now)
    {
        ReturnStatus = approve ? RequestStatus.Approved : RequestStatus.Rejected;
        ReturnDecidedAt = now;
    }

    internal void Extend(DateTimeOffset newDueAt)
    {
        ResolveDueAt = newDueAt;
        ExtensionCount++;
    }

    /// <summary>
    /// A supervisor's tighter resolution deadline (督办); it is the deadline the round is measured against. The round
    /// cannot be resolved before the unit signs for it and contacts the citizen, so those deadlines, where later, are
    /// brought forward to it: no clock of the round is due after the resolution.
    /// </summary>
    internal void Tighten(DateTimeOffset newDueAt)
    {
        ResolveDueAt = newDueAt;
        if (FirstContactDueAt > newDueAt)
        {
            FirstContactDueAt = newDueAt;
        }

        if (SignForDueAt > newDueAt)
        {
            SignForDueAt = newDueAt;
        }
    }

    /// <summary>Records the warning now shown; true when it is new (worth a notification).</summary>
    public bool Raise(WarningMark mark)
    {
        if (mark <= Warning)
        {
            return false;
        }

        Warning = mark;
        return true;
    }
}
