using System.Security.Claims;
using Hotline.Services.Data;
using Hotline.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace Hotline.Web.RealTime;

/// <summary>
/// The staff's live channel. A connection joins a group per role it holds, the group of its user (every tab and node the
/// person has open: the screen-pop, docs/decisions/0025) and, for a liaison, the group of its unit, so a message is
/// addressed to the people who act on it (<see cref="LiveEvents"/>). Groups live in the backplane, so a message sent on
/// one node reaches the person on any other. Clients only listen.
/// </summary>
[Authorize]
public sealed class LiveHub : Hub
{
    public static string RoleGroup(string role) => $"role:{role}";

    public static string UnitGroup(int unitId) => $"unit:{unitId}";

    public static string UserGroup(string userId) => $"user:{userId}";

    public override async Task OnConnectedAsync()
    {
        var user = Context.User ?? new ClaimsPrincipal();
        foreach (var role in Roles.All.Where(user.IsInRole))
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, RoleGroup(role));
        }

        if (user.FindFirstValue(ClaimTypes.NameIdentifier) is { Length: > 0 } userId)
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, UserGroup(userId));
        }

        if (int.TryParse(user.FindFirstValue(HotlineClaimsPrincipalFactory.UnitClaim), out var unit))
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, UnitGroup(unit));
        }

        await base.OnConnectedAsync();
    }
}
