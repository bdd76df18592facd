using Hotline.Services.Data;
using Hotline.Services.Tests.Infrastructure;

namespace Hotline.Services.Tests.Seed;

public sealed class DatabaseInitializerTests(DatabaseFixture app) : DatabaseTest<DatabaseFixture>(app), IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Initializing_an_initialized_database_again_succeeds_and_adds_nothing()
    {
        var before = await App.ReadAsync(TableCounts.ReadAsync);

        await InitializeAsync(seedDemoData: false);
        await InitializeAsync(seedDemoData: false);

        var after = await App.ReadAsync(TableCounts.ReadAsync);
        after.ShouldBe(before);
        after.Units.ShouldBe(66);
        after.Migrations.ShouldBeGreaterThan(0);
    }

    private Task InitializeAsync(bool seedDemoData) =>
        App.UseAsync<DatabaseInitializer>(s => s.InitializeAsync(seedDemoData));
}
