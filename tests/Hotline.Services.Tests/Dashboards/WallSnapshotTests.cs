using Hotline.Domain.Performance;
using Hotline.Domain.Tickets;
using Hotline.Services.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Tests.Dashboards;

/// <summary>The wall monitor's figures are the dashboard's, and its latest tickets never show a caller's number.</summary>
[Collection(DashboardCollection.Name)]
public sealed class WallSnapshotTests(DashboardFixture app) : DatabaseTest<DashboardFixture>(app)
{
    [Fact]
    public async Task The_wall_shows_todays_load_the_open_backlog_and_this_months_quality()
    {
        var wall = await App.WallAsync();

        wall.Today.ShouldBe(DashboardFixture.Today);
        wall.CallsToday.ShouldBe(10);
        wall.TicketsToday.ShouldBe(6);
        (wall.Open, wall.Overdue).ShouldBe((9, 4));
        wall.OnTimeCompletion.ShouldBe(new Rate(1, 3));
        wall.Satisfaction.ShouldBe(new Rate(2, 3));
    }

    [Fact]
    public async Task The_latest_ten_tickets_come_newest_first_with_every_caller_masked()
    {
        var wall = await App.WallAsync();
        var newest = await App.ReadAsync(db => db.Tickets.OrderByDescending(t => t.RegisteredAt).Take(10)
            .Select(t => new { t.Number, t.CallerPhone }).ToListAsync());

        wall.Latest.Select(t => t.Number).ShouldBe(newest.Select(t => t.Number));
        wall.Latest[0].Number.ShouldBe(App.T5);
        wall.Latest[0].Status.ShouldBe(TicketStatus.Dispatched);
        wall.Latest[0].Category.En.ShouldBe("Water outage");
        wall.Latest.ShouldAllBe(t => t.MaskedPhone.Contains("****"));
        wall.Latest.Select(t => t.MaskedPhone).ShouldNotContain(p => newest.Any(n => n.CallerPhone == p));
    }
}
