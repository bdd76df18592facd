using Hotline.Services;
using Hotline.Services.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Hotline.Bench.Seeding;

/// <summary>The service layer wired as in the app (without the web), to migrate and seed reference data and logins.</summary>
internal static class BenchServices
{
    public static ServiceProvider Build(string connectionString, TimeProvider time)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Hotline"] = connectionString })
            .Build();
        var services = new ServiceCollection();
        // EF logs a failed probe of the migrations history table on a new database as an error: it is not one.
        services.AddLogging(b => b.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning).AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.None));
        services.AddHotlineServices(configuration);
        services.Replace(ServiceDescriptor.Singleton(time));
        services.AddIdentityCore<HotlineUser>()
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<HotlineDbContext>();
        return services.BuildServiceProvider();
    }
}
