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

    public const string CallAnswered = "callAnswered";

    public const string PhoneWallChanged = "phoneWall";

    public const string IncidentsChanged = "incidents";

    private static readonly string[] DispatchGroups = [LiveHub.RoleGroup(Roles.Dispatcher), LiveHub.RoleGroup(Roles.Supervisor)];

    /// <summary>A ticket waits for dispatch: dispatchers' and supervisors' screens may refresh.</summary>
    public void TicketWaitingForDispatch(string number) =>
        Send(hub.Clients.Groups(DispatchGroups).SendAsync(TicketRegistered, number), TicketRegistered, number);

    /// <summary>The screen-pop: the agent who answered gets the call on their intake screen (every tab, any node).</summary>
    public void CallAnsweredBy(string userId, ScreenPopMessage message) =>
        Send(hub.Clients.Group(LiveHub.UserGroup(userId)).SendAsync(CallAnswered, message), CallAnswered, message.CallId);

    /// <summary>The wall's telephone row (<see cref="PhoneWallPush"/>), to the roles that may see the wall.</summary>
    public void PhoneWall(IReadOnlyList<string> roles, Pages.Dashboards.PhoneWallData data) =>
        Send(hub.Clients.Groups(roles.Select(LiveHub.RoleGroup).ToList()).SendAsync(PhoneWallChanged, data), PhoneWallChanged, data.At);

    /// <summary>The running incidents with their attached calls (<see cref="IncidentPush"/>), to the roles that may see the wall.</summary>
    public void Incidents(IReadOnlyList<string> roles, IReadOnlyList<Pages.Dashboards.IncidentWallRow> rows) =>
        Send(hub.Clients.Groups(roles.Select(LiveHub.RoleGroup).ToList()).SendAsync(IncidentsChanged, rows), IncidentsChanged, rows.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private void Send(Task sending, string message, string subject) =>
        _ = sending.ContinueWith(
            t => logger.LogWarning(t.Exception, "Live message {Message} for {Subject} was not sent", message, subject),
            CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
}

/// <summary>
/// What the intake screen is filled in with (wwwroot/js/screen-pop.js): the platform's call (<see cref="PhoneCallId"/>
/// is saved with the agent's call, <see cref="CallId"/> is shown), the caller's number when known and when the call was
/// answered, as the form's time field takes it. <see cref="NumberOnly"/>: this call popped already, here is its number.
/// </summary>
public sealed record ScreenPopMessage(long PhoneCallId, string CallId, string? Caller, string AnsweredAt, bool NumberOnly);
