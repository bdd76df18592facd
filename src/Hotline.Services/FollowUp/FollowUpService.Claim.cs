using Hotline.Domain.Tickets;
using Hotline.Services.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Hotline.Services.FollowUp;

/// <summary>
/// Claiming a callback (正在回访): the agent who opens it holds it, others see who does and cannot record it, until the
/// holder records the callback, lets it go, or the claim lapses (<see cref="HotlineOptions.CallbackClaimTimeout"/>).
/// </summary>
public sealed partial class FollowUpService
{
    public const string Claimed = "FollowUp.Error.Claimed";

    /// <summary>
    /// Claims the callback for the viewer, or renews the viewer's own claim. Returns whether the viewer holds it now:
    /// false when someone else's claim stands, or the ticket is not waiting for a callback. Two agents claiming at
    /// once: the database lets one upsert through (a lapsed or own claim is the only one an upsert may overwrite).
    /// </summary>
    public async Task<bool> ClaimAsync(string number, Viewer viewer, CancellationToken ct = default)
    {
        if (viewer.IsUnitBound)
        {
            return false;
        }

        var now = clock.UtcNow;
        var claim = CallbackClaim.Take(0, viewer.Actor, now, options.Value.CallbackClaimTimeout);
        var taken = await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO callback_claims (ticket_id, user_id, display_name, claimed_at, expires_at)
            SELECT t.id, {claim.UserId}, {claim.DisplayName}, {claim.ClaimedAt}, {claim.ExpiresAt}
            FROM tickets t WHERE t.number = {number} AND t.awaiting_callback
            ON CONFLICT (ticket_id) DO UPDATE SET
                user_id = excluded.user_id,
                display_name = excluded.display_name,
                claimed_at = CASE WHEN callback_claims.user_id = excluded.user_id AND callback_claims.expires_at > excluded.claimed_at
                    THEN callback_claims.claimed_at ELSE excluded.claimed_at END,
                expires_at = excluded.expires_at
            WHERE callback_claims.user_id = excluded.user_id OR callback_claims.expires_at <= excluded.claimed_at
            """, ct);
        if (taken > 0)
        {
            logger.LogInformation("Callback of ticket {TicketNumber} claimed by {UserId} until {ExpiresAt}", number, viewer.Actor.UserId, claim.ExpiresAt);
        }

        return taken > 0;
    }

    /// <summary>Lets go of the viewer's own claim (the agent will not call now); someone else's is left alone.</summary>
    public async Task ReleaseAsync(string number, Viewer viewer, CancellationToken ct = default)
    {
        var userId = viewer.Actor.UserId;
        await db.CallbackClaims.Where(c => c.UserId == userId && db.Tickets.Any(t => t.Id == c.TicketId && t.Number == number))
            .ExecuteDeleteAsync(ct);
    }

    /// <summary>Who holds the callback now, or null when nobody does (a lapsed claim holds nothing).</summary>
    private async Task<CallbackHolder?> HolderAsync(long ticketId, Viewer viewer, CancellationToken ct)
    {
        var now = clock.UtcNow;
        var claim = await db.CallbackClaims.AsNoTracking().SingleOrDefaultAsync(c => c.TicketId == ticketId, ct);
        return claim is not null && claim.IsHeldAt(now)
            ? new CallbackHolder(claim.DisplayName, claim.ClaimedAt, claim.ExpiresAt, claim.UserId == viewer.Actor.UserId)
            : null;
    }
}
