using Hotline.Testing;
using Hotline.Web.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace Hotline.Web.Tests.Infrastructure;

/// <summary>
/// The real app on a real Kestrel port over its own PostgreSQL database (copied from a seeded template),
/// with a fake clock. One per test class (IClassFixture); HTTP tests and browser tests share it.
/// </summary>
public class HotlineWebFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private string? _connectionString;

    public FakeTimeProvider Clock { get; } = new(TestDatabase.DefaultNow);

    public string ConnectionString => _connectionString ?? throw new InvalidOperationException("Not initialised.");

    /// <summary>http://127.0.0.1:port of the running server.</summary>
    public Uri BaseAddress => ClientOptions.BaseAddress;

    public IServiceProvider AppServices => Services;

    public async Task InitializeAsync()
    {
        _connectionString = await CreateDatabaseAsync();
        // UseKestrel(port) races with the app's own start (dotnet/aspnetcore#67714: "Addresses cannot be modified
        // after the server has started"); binding a free port through the urls setting avoids it.
        UseKestrel();
        StartServer();
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        if (_connectionString is not null)
        {
            await DropDatabaseAsync(_connectionString);
        }
    }

    /// <summary>The app's database: a copy of the seeded demo template, unless a variant keeps its own elsewhere.</summary>
    protected virtual Task<string> CreateDatabaseAsync() => TestDatabase.CreateAsync(TestData.Demo);

    protected virtual Task DropDatabaseAsync(string connectionString) => TestDatabase.DropAsync(connectionString);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseUrls("http://127.0.0.1:0");
        builder.UseStaticWebAssets();
        builder.UseSetting("ConnectionStrings:Hotline", ConnectionString);
        // The template is migrated and seeded already.
        builder.UseSetting("Hotline:SkipDatabaseInitialization", "true");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        // Tests run deadline monitor rounds themselves, against the fake clock.
        builder.UseSetting("Hotline:MonitorEnabled", "false");
        // Test classes sign in far more often than a person: the limit per address has its own test (SignInLimitedApp).
        builder.UseSetting($"{SignInLimits.Section}:{nameof(SignInLimits.AttemptsPerAddress)}", "100000");
        // The fake clock stands still: a refused sign-in must not wait on it (SignInLeaksNothingAboutAccounts does).
        builder.UseSetting($"{SignInLimits.Section}:{nameof(SignInLimits.RefusalTime)}", "00:00:00");
        builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock)));
        ConfigureVariant(builder);
    }

    /// <summary>What a variant of the app changes: settings or services (applied after the defaults above).</summary>
    protected virtual void ConfigureVariant(IWebHostBuilder builder)
    {
    }
}
