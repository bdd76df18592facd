using Hotline.Services.Data;
using Hotline.Services.Tests.Infrastructure;

namespace Hotline.Services.Tests.Seed;

public sealed class DemoDatabaseInitializerTests(DemoDatabaseFixture app) : DatabaseTest<DemoDatabaseFixture>(app), IClassFixture<DemoDatabaseFixture>
{
    [Fact]
    public async Task Initializing_with_demo_data_allowed_adds_nothing_to_a_seeded_database()
    {
        var before = await App.ReadAsync(TableCounts.ReadAsync);

        await App.UseAsync<DatabaseInitializer>(s => s.InitializeAsync(seedDemoData: true));

        (await App.ReadAsync(TableCounts.ReadAsync)).ShouldBe(before);
        before.Tickets.ShouldBeGreaterThan(0);
    }
}
