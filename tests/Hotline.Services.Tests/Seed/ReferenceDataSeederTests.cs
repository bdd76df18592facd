using Hotline.Services.Data.Seed;
using Hotline.Services.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Tests.Seed;

public sealed class ReferenceDataSeederTests(DatabaseFixture app) : DatabaseTest<DatabaseFixture>(app), IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Running_it_again_changes_nothing()
    {
        var before = await App.ReadAsync(TableCounts.ReadAsync);
        var unitsBefore = await App.ReadAsync(db => db.Units.OrderBy(u => u.Id).Select(u => new { u.Id, u.Code, u.ParentId }).ToListAsync());
        App.Clock.Advance(TimeSpan.FromDays(3));

        await App.UseAsync<ReferenceDataSeeder>(s => s.SeedAsync());
        await App.UseAsync<ReferenceDataSeeder>(s => s.SeedAsync());

        (await App.ReadAsync(TableCounts.ReadAsync)).ShouldBe(before);
        (await App.ReadAsync(db => db.Units.OrderBy(u => u.Id).Select(u => new { u.Id, u.Code, u.ParentId }).ToListAsync())).ShouldBe(unitsBefore);
    }
}
