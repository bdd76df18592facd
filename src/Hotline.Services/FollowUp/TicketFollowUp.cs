using Hotline.Domain.Tickets;

namespace Hotline.Services.FollowUp;

/// <summary>The ticket page's 回访记录: every callback of every round, how the ticket was closed and how often reopened.</summary>
public sealed record TicketFollowUp(
    bool AwaitingCallback,
    DateTimeOffset? CallbackDueAt,
    bool IsCallbackSample,
    ClosureReason? ClosureReason,
    int ReopenCount,
    IReadOnlyList<CallbackView> Callbacks)
{
    public static TicketFollowUp None { get; } = new(false, null, false, null, 0, []);

    /// <summary>The callback clock while the ticket waits for its callback (<see cref="AssignmentClock.Callback(Ticket)"/>), or null.</summary>
    public RunningClock? CallbackClock { get; init; }
}
