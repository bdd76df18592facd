namespace Hotline.Domain.Tickets;

/// <summary>The three clocks that start when a unit is given a ticket, computed from the policy in force.</summary>
public sealed record AssignmentDeadlines(DateTimeOffset SignForDueAt, DateTimeOffset FirstContactDueAt, DateTimeOffset ResolveDueAt)
{
    /// <summary>
    /// A sub-unit's clocks (下派): these (the policy's, from the delegation) brought forward to the parent's, so the
    /// sub-unit is due no later than the parent that answers for it. First contact is capped by the parent's own first
    /// contact deadline while the parent has not made it; no clock is due after the resolution, none before
    /// <paramref name="now"/> (a parent already late hands down a clock due at once, not one in the past).
    /// </summary>
    public AssignmentDeadlines Inside(Assignment parent, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(parent);
        var resolve = Later(Earlier(ResolveDueAt, parent.ResolveDueAt), now);
        var contact = Later(Earlier(Earlier(FirstContactDueAt, parent.FirstContactAt is null ? parent.FirstContactDueAt : resolve), resolve), now);
        var signFor = Later(Earlier(SignForDueAt, contact), now);
        return new AssignmentDeadlines(signFor, contact, resolve);
    }

    private static DateTimeOffset Earlier(DateTimeOffset a, DateTimeOffset b) => a <= b ? a : b;

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a >= b ? a : b;
}
