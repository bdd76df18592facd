using Hotline.Domain.Access;
using Hotline.Services.Data;
using Hotline.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Hotline.Services.Tests.Admin;

/// <summary>
/// A fresh reference database per test (a template copy takes a fraction of a second), the service layer over
/// it and a fake clock. Admin tests change shared tables (calendar, policies, settings), so no two share one.
/// </summary>
public sealed class AdminDatabaseFixture : IAsyncDisposable
{
    private AdminDatabaseFixture(string connectionString, FakeTimeProvider clock)
    {
        ConnectionString = connectionString;
        Clock = clock;
        Services = TestServices.Build(connectionString, clock);
    }

    public string ConnectionString { get; }

    public FakeTimeProvider Clock { get; }

    public ServiceProvider Services { get; }

    public static async Task<AdminDatabaseFixture> CreateAsync(DateTimeOffset? now = null) =>
        new(await TestDatabase.CreateAsync(TestData.Reference), new FakeTimeProvider(now ?? TestDatabase.DefaultNow));

    public async Task<Actor> ActorAsync(string userName = "admin") => (await Services.ViewerAsync(userName)).Actor;

    /// <summary>Runs <paramref name="act"/> in its own scope (its own DbContext), as one web request would.</summary>
    public async Task<TResult> RunAsync<TService, TResult>(Func<TService, Task<TResult>> act)
        where TService : notnull
    {
        await using var scope = Services.CreateAsyncScope();
        return await act(scope.ServiceProvider.GetRequiredService<TService>());
    }

    /// <summary>Reads the database directly, in a scope of its own, to check what was saved.</summary>
    public Task<TResult> QueryAsync<TResult>(Func<HotlineDbContext, Task<TResult>> query) => RunAsync(query);

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await TestDatabase.DropAsync(ConnectionString);
    }
}
