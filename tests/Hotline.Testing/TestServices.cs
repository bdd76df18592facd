using Hotline.Domain.Access;
using Hotline.Services;
using Hotline.Services.Common;
using Hotline.Services.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Hotline.Testing;

/// <summary>The service layer wired as in the app, over a test database and a clock the test controls.</summary>
public static class TestServices
{
    public static ServiceProvider Build(string connectionString, TimeProvider clock, ILoggerProvider? logs = null,
        IDictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>()) { ["ConnectionStrings:Hotline"] = connectionString };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddLogging(b =>
        {
            b.SetMinimumLevel(LogLevel.Warning);
            if (logs is not null)
            {
                b.AddProvider(logs);
            }
        });
        services.AddHotlineServices(configuration);
        services.Replace(ServiceDescriptor.Singleton(clock));
        services.AddIdentityCore<HotlineUser>()
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<HotlineDbContext>();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    /// <summary>The seeded demo user <paramref name="userName"/> as an actor (and viewer) of the service layer.</summary>
    public static async Task<Viewer> ViewerAsync(this IServiceProvider services, string userName)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HotlineDbContext>();
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.UserName == userName);
        var roles = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           where ur.UserId == user.Id
                           select r.Name).ToListAsync();
        var actor = new Actor(user.Id, user.DisplayName, roles.Select(Enum.Parse<Role>).ToHashSet());
        return new Viewer(actor, user.UnitId);
    }
}
