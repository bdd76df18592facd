namespace Hotline.Domain.Tickets;

/// <summary>
/// 申诉: a unit contests one mark against it (<see cref="AppealedMark"/>) on one of its assignments or callbacks, with a
/// reason, within the configured window; a supervisor upholds it (the fact leaves the unit's measures) or rejects it
/// with a note. One appeal per mark: a decided mark is not appealed again.
/// </summary>
public sealed class Appeal
{
    private Appeal()
    {
        Reason = string.Empty;
        RaisedByUserId = string.Empty;
    }

    internal Appeal(AppealTarget target, int unitId, string reason, DateTimeOffset now, string userId, IEnumerable<Attachment> evidence)
    {
        _evidence.AddRange(evidence);
        UnitId = unitId;
        Mark = target.Mark;
        AssignmentId = target.AssignmentId;
        CallbackId = target.CallbackId;
        MarkedAt = target.MarkedAt;
        Reason = reason;
        RaisedAt = now;
        RaisedByUserId = userId;
        Status = RequestStatus.Pending;
        _assignment = target.Assignment;
        _callback = target.Callback;
    }

    public long Id { get; private set; }
    public long TicketId { get; private set; }
    public int UnitId { get; private set; }
    public AppealedMark Mark { get; private set; }

    /// <summary>The lead assignment whose clock is contested (deadline marks).</summary>
    public long? AssignmentId { get; private set; }

    /// <summary>The dissatisfied callback contested.</summary>
    public long? CallbackId { get; private set; }

    /// <summary>When the mark arose: the missed deadline, or the callback; the window counts from it.</summary>
    public DateTimeOffset MarkedAt { get; private set; }

    public string Reason { get; private set; }

    /// <summary>The most files (photos, PDFs) an appeal carries.</summary>
    public const int MaxEvidence = 5;

    private readonly List<Attachment> _evidence = [];

    /// <summary>The photos and PDFs the unit sent with the appeal (stored with the ticket's attachments), none to <see cref="MaxEvidence"/>.</summary>
    public IReadOnlyList<Attachment> Evidence => _evidence.AsReadOnly();
    public DateTimeOffset RaisedAt { get; private set; }
    public string RaisedByUserId { get; private set; }

    /// <summary>Pending, Approved (upheld) or Rejected.</summary>
    public RequestStatus Status { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }
    public string? DecidedByUserId { get; private set; }
    public string? DecisionNote { get; private set; }

    public bool IsPending => Status == RequestStatus.Pending;

    // The facts as loaded in this unit of work (their ids are what is stored; fields, so EF Core does not map them).
    private readonly Assignment? _assignment;
    private readonly Callback? _callback;

    /// <summary>Whether this appeal is about <paramref name="target"/>'s mark.</summary>
    internal bool Concerns(AppealTarget target) => Mark == target.Mark
        && (target.Assignment is { } a ? IsAbout(a) : target.Callback is { } c && IsAbout(c));

    internal bool IsAbout(Assignment assignment) =>
        ReferenceEquals(_assignment, assignment) || (_assignment is null && AssignmentId is { } id && id == assignment.Id);

    internal bool IsAbout(Callback callback) =>
        ReferenceEquals(_callback, callback) || (_callback is null && CallbackId is { } id && id == callback.Id);

    internal void Decide(bool uphold, DateTimeOffset now, string userId, string? note)
    {
        Status = uphold ? RequestStatus.Approved : RequestStatus.Rejected;
        DecidedAt = now;
        DecidedByUserId = userId;
        DecisionNote = note;
    }
}
