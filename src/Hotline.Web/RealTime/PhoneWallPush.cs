using Hotline.Services.Common;
using Hotline.Services.Telephony;
using Hotline.Web.Infrastructure;
using Hotline.Web.Pages.Dashboards;

namespace Hotline.Web.RealTime;

/// <summary>
/// The wall's telephone row, pushed when the platform's events change it (docs/decisions/0025), throttled as every wall
/// push is (<see cref="ThrottledPush"/>).
/// </summary>
public sealed class PhoneWallPush(IServiceScopeFactory scopes, LiveEvents live, TimeProvider time, ILogger<PhoneWallPush> logger)
    : ThrottledPush(time, logger)
{
    protected override async Task SendAsync()
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var data = await WallModel.PhoneWallAsync(services.GetRequiredService<TelephoneFigures>(), services.GetRequiredService<HotlineClock>(),
            CancellationToken.None);
        live.PhoneWall(Policies.DashboardRoles, data);
    }
}
