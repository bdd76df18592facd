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

    /// <summary>Lead assignments dispatched in the period (the sign-for and first-response denominator).</summary>
    Assigned = 10,
    SignedOnTime = 11,
    SignedLate = 12,
    ContactedOnTime = 13,
    ContactedLate = 14,

    /// <summary>Lead assignments whose resolution fell due in the period (the on-time completion denominator).</summary>
    FellDue = 20,
    ResolvedOnTime = 21,
    ResolvedLate = 22,

    /// <summary>Lead assignments resolved in the period, whenever they fell due (the average handling time's set).</summary>
    Resolved = 23,

    /// <summary>Callbacks that reached the citizen in the period (the satisfaction and solved denominator).</summary>
    CallbacksReached = 30,
    Satisfied = 31,
    Dissatisfied = 32,
    Solved = 33,
    Unsolved = 34,

    /// <summary>Returns the unit asked for in the period.</summary>
    Returns = 40,

    /// <summary>Extensions approved for the unit in the period.</summary>
    Extensions = 41,

    /// <summary>Tickets open now (not closed, merged or cancelled).</summary>
    Open = 50,

    /// <summary>Tickets open now whose running clock has passed its deadline.</summary>
    Overdue = 51,

    /// <summary>Tickets open now whose running clock shows a yellow warning.</summary>
    NearlyDue = 52,
}
