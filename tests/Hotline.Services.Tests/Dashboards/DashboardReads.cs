using Hotline.Services.Dashboards;
using Hotline.Services.Tests.Infrastructure;

namespace Hotline.Services.Tests.Dashboards;

internal static class DashboardReads
{
    public static Task<SupervisorDashboard> DashboardAsync(this DatabaseFixture app) =>
        app.UseAsync<HotlineDashboardService, SupervisorDashboard>(s => s.GetAsync());

    public static Task<WallSnapshot> WallAsync(this DatabaseFixture app) =>
        app.UseAsync<WallMonitorService, WallSnapshot>(s => s.GetAsync());
}
