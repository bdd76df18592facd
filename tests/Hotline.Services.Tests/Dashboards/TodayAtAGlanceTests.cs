using Hotline.Domain.Performance;
using Hotline.Services.Tests.Infrastructure;

namespace Hotline.Services.Tests.Dashboards;

/// <summary>Today at a glance, read on Monday 23 Nov at 10:00 (see <see cref="DashboardFixture"/>).</summary>
[Collection(DashboardCollection.Name)]
public sealed class TodayAtAGlanceTests(DashboardFixture app) : DatabaseTest<DashboardFixture>(app)
{
    [Fact]
    public async Task Calls_today_are_every_call_since_local_midnight_counted_by_local_hour()
    {
        var today = (await App.DashboardAsync()).Today;

        today.Today.ShouldBe(DashboardFixture.Today);
        // T1 at 00:01, P3 at 06:30, T2 at 08:30; at 9: T3, T4, T5, three timed calls and an invalid one.
        today.Calls.ShouldBe(10);
        today.CallsPerHour.Count.ShouldBe(24);
        today.CallsPerHour[0].ShouldBe(1);
        today.CallsPerHour[6].ShouldBe(1);
        today.CallsPerHour[8].ShouldBe(1);
        today.CallsPerHour[9].ShouldBe(7);
        today.CallsPerHour.Sum().ShouldBe(10);
    }

    [Fact]
    public async Task The_15_second_rate_counts_only_the_calls_whose_answer_time_was_measured()
    {
        // 5 s and exactly 15 s are within; 16 s is not. Yesterday's 40 s wait is not today's.
        (await App.DashboardAsync()).Today.AnsweredWithinTarget.ShouldBe(new Rate(2, 3));
    }

    [Fact]
    public async Task Tickets_registered_today_and_the_direct_answers_among_them()
    {
        var today = (await App.DashboardAsync()).Today;

        today.TicketsRegistered.ShouldBe(6);
        today.DirectAnswer.ShouldBe(new Rate(1, 6));
    }

    [Fact]
    public async Task Dispatched_within_limit_counts_tickets_first_dispatched_today_even_if_registered_yesterday()
    {
        // T3, T4 and T5 in time; Y1, registered yesterday at 08:00 (due 12:00), dispatched this morning.
        (await App.DashboardAsync()).Today.DispatchedInTime.ShouldBe(new Rate(3, 4));
    }

    [Fact]
    public async Task On_time_completion_this_month_leaves_out_merged_away_and_not_yet_due_assignments()
    {
        // Fell due by now: M1 (on time), M2 (late), H3 (unresolved). M3 was merged away; F1 is due on 28 Nov.
        var today = (await App.DashboardAsync()).Today;

        today.Month.ShouldBe(new Services.Dashboards.DashboardPeriod(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30)));
        today.OnTimeCompletion.ShouldBe(new Rate(1, 3));
    }

    [Fact]
    public async Task Satisfaction_this_month_counts_reached_callbacks_including_a_sampled_direct_answer()
    {
        // M1 satisfied, M2 dissatisfied, T2 (a direct answer) basically satisfied.
        (await App.DashboardAsync()).Today.Satisfaction.ShouldBe(new Rate(2, 3));
    }

    [Fact]
    public async Task Average_handling_time_is_the_mean_from_dispatch_to_resolution_of_this_months_resolutions()
    {
        // M1 24 h, M2 7 days (168 h), F1 6 h: 198 h / 3.
        var today = (await App.DashboardAsync()).Today;

        today.Resolved.ShouldBe(3);
        today.AverageHandlingTime.ShouldBe(TimeSpan.FromHours(66));
    }
}
