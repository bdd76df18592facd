using Hotline.Domain.Performance;
using Hotline.Services.Dashboards;
using Hotline.Services.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Tests.Dashboards;

/// <summary>The last 30 local days: calls, tickets, on-time completion and satisfaction per day.</summary>
[Collection(DashboardCollection.Name)]
public sealed class ThirtyDayTrendTests(DashboardFixture app) : DatabaseTest<DashboardFixture>(app)
{
    private static readonly DateOnly Nov22 = new(2026, 11, 22);

    [Fact]
    public async Task The_trend_covers_the_thirty_local_days_ending_today()
    {
        var dashboard = await App.DashboardAsync();

        dashboard.TrendPeriod.ShouldBe(new DashboardPeriod(new DateOnly(2026, 10, 25), DashboardFixture.Today));
        dashboard.Trend.Select(d => d.Day).ShouldBe(dashboard.TrendPeriod.Dates());
    }

    [Fact]
    public async Task A_ticket_at_23_59_counts_on_its_day_and_one_at_00_01_on_the_next_though_both_fall_on_one_utc_date()
    {
        var utcDates = await App.ReadAsync(db => db.Tickets.Where(t => t.Number == App.Y2 || t.Number == App.T1)
            .Select(t => t.RegisteredAt).ToListAsync());
        utcDates.Select(d => d.UtcDateTime.Date).Distinct().ShouldBe([new DateTime(2026, 11, 22)]);

        var trend = (await App.DashboardAsync()).Trend;

        // 22 Nov: Y1, six noise consultations and Y2 at 23:59. 23 Nov: T1 at 00:01, P3, T2, T3, T4, T5.
        trend.Single(d => d.Day == Nov22).Tickets.ShouldBe(8);
        trend.Single(d => d.Day == DashboardFixture.Today).Tickets.ShouldBe(6);
    }

    [Fact]
    public async Task Tickets_per_day_follow_the_story()
    {
        var trend = (await App.DashboardAsync()).Trend;

        foreach (var day in trend)
        {
            var expected = DashboardFixture.HeatingOn(day.Day) + day.Day.Day switch
            {
                2 => 3, // M1, M2, M3
                9 => 1, // H3
                20 => 1, // F1
                22 => 8,
                23 => 6,
                _ => 0,
            };
            day.Tickets.ShouldBe(expected, day.Day.ToString("O", null));
        }
    }

    [Fact]
    public async Task Calls_per_day_are_the_tickets_calls_plus_calls_that_opened_none()
    {
        var trend = (await App.DashboardAsync()).Trend;

        trend.Where(d => d.Day < Nov22).ShouldAllBe(d => d.Calls == d.Tickets);
        trend.Single(d => d.Day == Nov22).Calls.ShouldBe(9);
        trend.Single(d => d.Day == DashboardFixture.Today).Calls.ShouldBe(10);
    }

    [Fact]
    public async Task On_time_completion_is_counted_on_the_local_day_the_resolution_fell_due()
    {
        var trend = (await App.DashboardAsync()).Trend;

        // Three working days from 2 Nov end at midnight starting 6 Nov; five from 9 Nov at midnight starting 17 Nov.
        trend.Single(d => d.Day == new DateOnly(2026, 11, 6)).OnTimeCompletion.ShouldBe(new Rate(1, 2));
        trend.Single(d => d.Day == new DateOnly(2026, 11, 17)).OnTimeCompletion.ShouldBe(new Rate(0, 1));
        trend.Where(d => d.Day.Day is not (6 or 17) || d.Day.Month != 11).ShouldAllBe(d => d.OnTimeCompletion.Value == null);
    }

    [Fact]
    public async Task Satisfaction_is_counted_on_the_local_day_of_the_callback()
    {
        var trend = (await App.DashboardAsync()).Trend;

        trend.Single(d => d.Day == new DateOnly(2026, 11, 4)).Satisfaction.ShouldBe(new Rate(1, 1));
        trend.Single(d => d.Day == new DateOnly(2026, 11, 10)).Satisfaction.ShouldBe(new Rate(0, 1));
        trend.Single(d => d.Day == DashboardFixture.Today).Satisfaction.ShouldBe(new Rate(1, 1));
        trend.Count(d => d.Satisfaction.Value is not null).ShouldBe(3);
    }
}
