namespace Hotline.Domain.Performance;

/// <summary>
/// The sets of tickets a figure counts, named once so that every number on a dashboard can link to the ticket list
/// filtered to exactly those tickets (<c>/Tickets?Measure=…&amp;UnitId=…&amp;From=…&amp;To=…</c>). Definitions: docs/measures.md.
/// </summary>
public enum Measure
{
    /// <summary>Tickets registered in the period.</summary>
    Registered = 1,

    /// <summary>Tickets answered directly (直办) in the period.</summary>
    DirectlyAnswered = 2,

    /// <summary>Tickets first dispatched in the period.</summary>
    Dispatched = 3,

    /// <summary>…of those, dispatched at or before their dispatch deadline.</summary>
    DispatchedInTime = 4,

    /// <summary>
    /// Lead assignments dispatched in the period, not taken away, whose sign-for clock is decided (signed, or past
    /// its deadline): the timely sign-for denominator. <see cref="SignedOnTime"/> + <see cref="SignedLate"/>.
    /// </summary>
    Assigned = 10,

    /// <summary>…of those, signed for at or before the sign-for deadline.</summary>
    SignedOnTime = 11,

    /// <summary>…of those, signed for after the deadline or not at all.</summary>
    SignedLate = 12,

    /// <summary>…contacted the citizen at or before the first-contact deadline (of <see cref="ContactMeasured"/>).</summary>
    ContactedOnTime = 13,

    /// <summary>…contacted after the deadline or not at all (of <see cref="ContactMeasured"/>).</summary>
    ContactedLate = 14,

    /// <summary>
    /// Lead assignments dispatched in the period, not taken away, whose first-contact clock is decided (contacted, or
    /// past its deadline): the first-response denominator. <see cref="ContactedOnTime"/> + <see cref="ContactedLate"/>.
    /// </summary>
    ContactMeasured = 15,

    /// <summary>Lead assignments whose resolution fell due in the period (the on-time completion denominator).</summary>
    FellDue = 20,

    /// <summary>…resolved at or before the resolution deadline in force (extensions and tightening included).</summary>
    ResolvedOnTime = 21,

    /// <summary>…resolved after the deadline or still unresolved.</summary>
    ResolvedLate = 22,

    /// <summary>Lead assignments resolved in the period, whenever they fell due (the average handling time's set).</summary>
    Resolved = 23,

    /// <summary>Callbacks that reached the citizen in the period (the satisfaction and solved denominator).</summary>
    CallbacksReached = 30,

    /// <summary>…the citizen was satisfied or basically satisfied.</summary>
    Satisfied = 31,

    /// <summary>…the citizen was dissatisfied.</summary>
    Dissatisfied = 32,

    /// <summary>…the citizen said the problem was solved.</summary>
    Solved = 33,

    /// <summary>…the citizen said the problem was not solved.</summary>
    Unsolved = 34,

    /// <summary>Returns the unit asked for in the period.</summary>
    Returns = 40,

    /// <summary>Extensions approved for the unit in the period.</summary>
    Extensions = 41,

    /// <summary>
    /// 审核退回: lead assignments dispatched in the period whose reply a reviewer sent back (taken away or not); the count
    /// sums their send-backs, the list names each ticket once (ADR 0028).
    /// </summary>
    ReviewReturns = 42,

    /// <summary>Tickets open now (not closed, merged or cancelled).</summary>
    Open = 50,

    /// <summary>Tickets open now whose running clock has passed its deadline.</summary>
    Overdue = 51,

    /// <summary>Tickets open now whose running clock shows a yellow warning.</summary>
    NearlyDue = 52,
}
