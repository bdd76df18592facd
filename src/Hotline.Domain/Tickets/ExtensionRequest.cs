namespace Hotline.Domain.Tickets;

/// <summary>延期: a unit asks for a later resolution deadline; a supervisor approves or rejects it.</summary>
public sealed class ExtensionRequest
{
    private ExtensionRequest()
    {
        RequestedByUserId = string.Empty;
        Reason = string.Empty;
    }

    internal ExtensionRequest(long assignmentId, int unitId, string requestedByUserId, DateTimeOffset requestedAt,
        string reason, DateTimeOffset proposedDueAt, DateTimeOffset currentDueAt)
    {
        AssignmentId = assignmentId;
        UnitId = unitId;
        RequestedByUserId = requestedByUserId;
        RequestedAt = requestedAt;
        Reason = reason;
        ProposedDueAt = proposedDueAt;
        PreviousDueAt = currentDueAt;
        Status = RequestStatus.Pending;
    }

    public long Id { get; private set; }
    public long TicketId { get; private set; }
    public long AssignmentId { get; private set; }
    public int UnitId { get; private set; }
    public string RequestedByUserId { get; private set; }
    public DateTimeOffset RequestedAt { get; private set; }
    public string Reason { get; private set; }
    public DateTimeOffset ProposedDueAt { get; private set; }
    public DateTimeOffset PreviousDueAt { get; private set; }
    public RequestStatus Status { get; private set; }
    public string? DecidedByUserId { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public string? DecisionNote { get; private set; }

    internal void Decide(bool approve, string userId, DateTimeOffset now, string? note)
    {
        Status = approve ? RequestStatus.Approved : RequestStatus.Rejected;
        DecidedByUserId = userId;
        DecidedAt = now;
        DecisionNote = note;
    }
}
