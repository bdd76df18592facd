namespace Hotline.Domain.Tickets;

/// <summary>
/// 申诉 (issue 18 §4, docs/decisions/0031-appeals-and-ranking-versions.md): the marks against a unit that count in its
/// measures and that it may contest. A yellow warning counts nowhere, so there is nothing to appeal in it; its red
/// counterpart is the missed deadline.
/// </summary>
public enum AppealedMark
{
    /// <summary>The lead assignment was signed for after its deadline, or not by it (sign-for rate).</summary>
    SignForLate = 1,

    /// <summary>The citizen was first contacted after the deadline, or not by it (first-response rate).</summary>
    FirstContactLate = 2,

    /// <summary>The resolution deadline passed before the unit resolved (on-time completion rate).</summary>
    ResolutionLate = 3,

    /// <summary>A callback that reached the citizen found them dissatisfied (satisfaction and solved rates).</summary>
    DissatisfiedCallback = 4,
}
