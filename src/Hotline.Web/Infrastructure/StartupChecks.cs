using Hotline.Services.Users;

namespace Hotline.Web.Infrastructure;

/// <summary>What Production refuses to start with.</summary>
public static class StartupChecks
{
    /// <summary>False (and a critical log naming the accounts) when active accounts still use the published demo password.</summary>
    public static async Task<bool> DemoPasswordsAbsentAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var accounts = await scope.ServiceProvider.GetRequiredService<DemoPasswordGuard>().AccountsWithDemoPasswordAsync();
        if (accounts.Count == 0)
        {
            return true;
        }

        scope.ServiceProvider.GetRequiredService<ILogger<DemoPasswordGuard>>().LogCritical(
            "Refusing to start in Production: {Count} active accounts ({Accounts}) sign in with the published demo password. " +
            "Reset or deactivate them, or use a database without demo data (docs/operations.md)",
            accounts.Count, string.Join(", ", accounts.Take(10)));
        return false;
    }
}
