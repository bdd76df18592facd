using Hotline.Domain.Access;

namespace Hotline.Domain.Tickets;

/// <summary>
/// An agent holding a ticket's callback (正在回访) so that two agents do not call the same citizen back at once. The
/// claim lapses at <see cref="ExpiresAt"/> (a forgotten tab does not block the callback for good) and is released when
/// the agent records the callback.
/// </summary>
public sealed class CallbackClaim
{
    private CallbackClaim()
    {
        UserId = string.Empty;
        DisplayName = string.Empty;
    }

    public long TicketId { get; private set; }
    public string UserId { get; private set; }

    /// <summary>The holder's name as others see it ("张三 正在回访").</summary>
    public string DisplayName { get; private set; }

    public DateTimeOffset ClaimedAt { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }

    public static CallbackClaim Take(long ticketId, Actor actor, DateTimeOffset now, TimeSpan hold)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (hold <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(hold), hold, "A claim is held for some time.");
        }

        return new CallbackClaim
        {
            TicketId = ticketId,
            UserId = actor.UserId,
            DisplayName = actor.DisplayName,
            ClaimedAt = now,
            ExpiresAt = now + hold,
        };
    }

    /// <summary>Whether the claim still stands at <paramref name="now"/>.</summary>
    public bool IsHeldAt(DateTimeOffset now) => now < ExpiresAt;

    /// <summary>Whether it keeps <paramref name="userId"/> from the callback: someone else's claim that has not lapsed.</summary>
    public bool Blocks(string userId, DateTimeOffset now) => UserId != userId && IsHeldAt(now);
}
