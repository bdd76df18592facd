using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Data;

/// <summary>The one place the provider is set up, shared by the app, the design-time factory and tests.</summary>
public static class HotlineDbContextOptions
{
    public static void Configure(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(typeof(HotlineDbContext).Assembly.FullName))
            .UseSnakeCaseNamingConvention();
}
