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

    internal void Deactivate() => IsActive = false;
}
