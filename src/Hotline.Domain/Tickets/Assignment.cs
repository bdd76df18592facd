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

    /// <summary>派单异议: when the unit disputed the dispatch (within its sign-for window).</summary>
    public DateTimeOffset? ObjectedAt { get; private set; }

    public string? ObjectionReason { get; private set; }

    /// <summary>The unit the objecting unit names as the right one; the dispatcher may choose another.</summary>
    public int? ObjectionSuggestedUnitId { get; private set; }

    /// <summary>Pending while the dispatcher or supervisor arbitrates; Approved = upheld, Rejected = rejected.</summary>
    public RequestStatus? ObjectionStatus { get; private set; }

    public DateTimeOffset? ObjectionDecidedAt { get; private set; }

    /// <summary>Who arbitrated (a dispatcher or a supervisor).</summary>
    public string? ObjectionDecidedByUserId { get; private set; }

    /// <summary>下派: the parent unit's lead assignment this sub-unit's assignment works; null for every other assignment.</summary>
    public long? ParentAssignmentId { get; private set; }

    /// <summary>Approved extensions: each moved <see cref="ResolveDueAt"/>.</summary>
    public int ExtensionCount { get; private set; }

    /// <summary>How many times a reviewer sent this unit's reply back (审核退回); a measure of the unit.</summary>
    public int ReviewReturns { get; private set; }

    /// <summary>申诉 upheld (ADR 0031): the missed sign-for deadline leaves the unit's measures.</summary>
    public bool SignForExcused { get; private set; }

    /// <summary>申诉 upheld: the missed first-contact deadline leaves the unit's measures.</summary>
    public bool FirstContactExcused { get; private set; }

    /// <summary>申诉 upheld: the missed resolution deadline leaves the unit's measures.</summary>
    public bool ResolutionExcused { get; private set; }

    /// <summary>The warning last raised on this assignment's running clocks, so each level is announced once.</summary>
    public WarningMark Warning { get; private set; }

    public bool IsLead => Role == AssignmentRole.Lead;

    public bool IsDelegated => Role == AssignmentRole.Delegated;

    public bool ObjectionPending => ObjectionStatus == RequestStatus.Pending;

    internal void Deactivate() => IsActive = false;

    /// <summary>
    /// Whether the measures count <paramref name="mark"/>'s clock as missed now (AssignmentMeasures): its act came after
    /// the deadline, or it has not come and the deadline has passed. Excused or not.
    /// </summary>
    public bool Missed(AppealedMark mark, DateTimeOffset now) => mark switch
    {
        AppealedMark.SignForLate => SignedForAt is { } s ? s > SignForDueAt : SignForDueAt < now,
        AppealedMark.FirstContactLate => FirstContactAt is { } c ? c > FirstContactDueAt : FirstContactDueAt < now,
        AppealedMark.ResolutionLate => ResolveDueAt < now && (ResolvedAt is null || ResolvedAt > ResolveDueAt),
        _ => false,
    };

    /// <summary>The deadline behind a deadline mark: when the mark arose.</summary>
    public DateTimeOffset DueAtOf(AppealedMark mark) => mark switch
    {
        AppealedMark.SignForLate => SignForDueAt,
        AppealedMark.FirstContactLate => FirstContactDueAt,
        AppealedMark.ResolutionLate => ResolveDueAt,
        _ => throw new ArgumentOutOfRangeException(nameof(mark), mark, "Not a deadline mark."),
    };

    public bool IsExcused(AppealedMark mark) => mark switch
    {
        AppealedMark.SignForLate => SignForExcused,
        AppealedMark.FirstContactLate => FirstContactExcused,
        AppealedMark.ResolutionLate => ResolutionExcused,
        _ => false,
    };

    internal void Excuse(AppealedMark mark)
    {
        switch (mark)
        {
            case AppealedMark.SignForLate:
                SignForExcused = true;
                break;
            case AppealedMark.FirstContactLate:
                FirstContactExcused = true;
                break;
            case AppealedMark.ResolutionLate:
                ResolutionExcused = true;
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(mark), mark, "Not a deadline mark.");
        }
    }

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

    internal void RaiseObjection(DateTimeOffset now, string reason, int suggestedUnitId)
    {
        ObjectedAt = now;
        ObjectionReason = reason;
        ObjectionSuggestedUnitId = suggestedUnitId;
        ObjectionStatus = RequestStatus.Pending;
    }

    internal void DecideObjection(bool uphold, DateTimeOffset now, string userId)
    {
        ObjectionStatus = uphold ? RequestStatus.Approved : RequestStatus.Rejected;
        ObjectionDecidedAt = now;
        ObjectionDecidedByUserId = userId;
    }

    /// <summary>A sub-unit's assignment under <paramref name="parent"/> (下派), from now, with clocks inside the parent's.</summary>
    internal static Assignment DelegatedFrom(Assignment parent, int subUnitId, DateTimeOffset now, string userId, string? instruction,
        AssignmentDeadlines deadlines) =>
        new(parent.Round, subUnitId, AssignmentRole.Delegated, now, userId, instruction, deadlines) { Parent = parent };

    /// <summary>
    /// The parent assignment, as a relationship EF Core maps to <see cref="ParentAssignmentId"/>: when the parent is saved in
    /// the same unit of work (it has no id yet), the stored id is the one the database gives it. Null when not loaded.
    /// </summary>
    private Assignment? Parent { get; set; }

    /// <summary>Whether <paramref name="candidate"/> is this sub-unit's parent assignment.</summary>
    internal bool IsChildOf(Assignment candidate) =>
        ReferenceEquals(Parent, candidate) || (Parent is null && ParentAssignmentId is { } id && candidate.Id == id);

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
