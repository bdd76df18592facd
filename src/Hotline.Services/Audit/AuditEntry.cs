namespace Hotline.Services.Audit;

/// <summary>
/// One administration act, append-only (a trigger refuses UPDATE and DELETE): who, when, what, and the subject's
/// state before and after as JSON. Failed sign-ins are recorded too, with the name that was typed.
/// </summary>
public sealed class AuditEntry
{
    private AuditEntry()
    {
        ActorName = string.Empty;
        Area = string.Empty;
        Action = string.Empty;
        Subject = string.Empty;
    }

    public AuditEntry(DateTimeOffset at, string? actorId, string actorName, string area, string action, string subject, string? before, string? after, string? address)
    {
        At = at;
        ActorId = actorId;
        ActorName = actorName;
        Area = area;
        Action = action;
        Subject = subject;
        Before = before;
        After = after;
        Address = address;
    }

    public long Id { get; private set; }
    public DateTimeOffset At { get; private set; }

    /// <summary>The acting user's id; null when nobody is signed in (a failed sign-in, a command-line tool).</summary>
    public string? ActorId { get; private set; }

    public string ActorName { get; private set; }

    /// <summary>What kind of thing changed: <see cref="AuditAreas"/>.</summary>
    public string Area { get; private set; }

    /// <summary>The act, e.g. <c>Create</c>, <c>Deactivate</c>, <c>SignInFailed</c>.</summary>
    public string Action { get; private set; }

    /// <summary>Which one: a user name, a unit or category code, an article's number, a date.</summary>
    public string Subject { get; private set; }

    public string? Before { get; private set; }
    public string? After { get; private set; }

    /// <summary>The client's address, where there was a request.</summary>
    public string? Address { get; private set; }
}
