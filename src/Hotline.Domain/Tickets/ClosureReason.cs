namespace Hotline.Domain.Tickets;

/// <summary>Why a ticket reached Closed: the callback decides it, or the agent answered during the call.</summary>
public enum ClosureReason
{
    DirectlyAnswered = 1,

    /// <summary>The callback reached the citizen, who was satisfied or basically satisfied.</summary>
    Satisfied = 2,

    /// <summary>The citizen was dissatisfied and the agent decided not to reopen.</summary>
    Dissatisfied = 3,

    /// <summary>Closed — citizen unreachable: excluded from satisfaction measures.</summary>
    Unreachable = 4,
}
