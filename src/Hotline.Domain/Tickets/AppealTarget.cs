namespace Hotline.Domain.Tickets;

/// <summary>
/// One mark a unit may appeal on a ticket: a missed deadline of one of its lead assignments, or a dissatisfied callback
/// on its result; <see cref="MarkedAt"/> is when it arose (the deadline, the call).
/// </summary>
public sealed record AppealTarget(AppealedMark Mark, DateTimeOffset MarkedAt, Assignment? Assignment, Callback? Callback)
{
    public long? AssignmentId => Assignment?.Id;

    public long? CallbackId => Callback?.Id;

    /// <summary>The unit the mark is against.</summary>
    public int? UnitId => Assignment?.UnitId ?? Callback?.UnitId;
}
