using Hotline.Services.Incidents;
using Hotline.Web.Infrastructure;
using Hotline.Web.Pages.Dashboards;

namespace Hotline.Web.RealTime;

/// <summary>
/// 突发事件 on the wall and the dashboard: the running incidents with their attached calls, pushed after an attach, a
/// declaration, an end or a callback list (docs/decisions/0032), throttled as every wall push is (<see cref="ThrottledPush"/>).
/// </summary>
public sealed class IncidentPush(IServiceScopeFactory scopes, LiveEvents live, TimeProvider time, ILogger<IncidentPush> logger)
    : ThrottledPush(time, logger)
{
    protected override async Task SendAsync()
    {
        await using var scope = scopes.CreateAsyncScope();
        var running = await scope.ServiceProvider.GetRequiredService<IncidentService>().RunningAsync(CancellationToken.None);
        live.Incidents(Policies.DashboardRoles, running.Select(IncidentWallRow.From).ToList());
    }
}
