using Hotline.Services.Data;
using Microsoft.AspNetCore.SignalR;

namespace Hotline.Web.RealTime;

/// <summary>
/// What the app pushes to the people it concerns, on whichever node they are connected to. Pushing is a courtesy on top
/// of what is saved: it never holds up or fails the request that caused it (Redis down only costs the push).
/// </summary>
public sealed class LiveEvents(IHubContext<LiveHub> hub, ILogger<LiveEvents> logger)
{
    public const string TicketRegistered = "ticketRegistered";

    private static readonly string[] DispatchGroups = [LiveHub.RoleGroup(Roles.Dispatcher), LiveHub.RoleGroup(Roles.Supervisor)];

    /// <summary>A ticket waits for dispatch: dispatchers' and supervisors' screens may refresh.</summary>
    public void TicketWaitingForDispatch(string number) =>
        Send(hub.Clients.Groups(DispatchGroups).SendAsync(TicketRegistered, number), TicketRegistered, number);

    private void Send(Task sending, string message, string subject) =>
        _ = sending.ContinueWith(
            t => logger.LogWarning(t.Exception, "Live message {Message} for {Subject} was not sent", message, subject),
            CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
}
