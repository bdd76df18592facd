using Hotline.Domain.Notifications;
using Hotline.Domain.Tickets;
using Hotline.Services.Tests.Infrastructure;

namespace Hotline.Services.Tests.Monitor;

/// <summary>
/// The monitor's marks on an urgent ticket (30-minute sign-for and first-contact clocks, dispatched at 10:00):
/// yellow with a quarter of the limit left (7.5 min), red once past due, each announced once to every liaison.
/// </summary>
public sealed class DeadlineMonitorTests(MonitorDatabaseFixture app) : DatabaseTest<MonitorDatabaseFixture>(app), IClassFixture<MonitorDatabaseFixture>
{
    [Fact]
    public async Task A_sign_for_clock_with_a_quarter_of_its_limit_left_turns_yellow_and_tells_every_liaison_of_the_unit()
    {
        var number = await App.DispatchedUrgentAsync();
        App.Clock.Advance(TimeSpan.FromMinutes(22));
        await App.RunMonitorAsync();
        (await App.AssignmentAsync(number)).Warning.ShouldBe(WarningMark.None, "8 minutes of 30 left is not yet a quarter");

        App.Clock.Advance(TimeSpan.FromMinutes(1));
        var raised = await App.RunMonitorAsync();

        raised.ShouldBeGreaterThanOrEqualTo(1);
        (await App.AssignmentAsync(number)).Warning.ShouldBe(WarningMark.SignForNearing);
        var nearing = await App.NotificationsAsync(number, NotificationKind.DeadlineNearing);
        nearing.Select(n => n.UserId).Order().ShouldBe(await App.LiaisonsAsync("heating"));
        nearing.Count.ShouldBe(2);
        nearing.ShouldAllBe(n => n.Detail == "SignFor" && n.ReadAt == null && n.CreatedAt == App.Clock.GetUtcNow());
        (await App.NotificationsAsync(number, NotificationKind.DeadlineOverdue)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_clock_met_exactly_at_its_deadline_is_still_yellow_and_turns_red_a_minute_later()
    {
        var number = await App.DispatchedUrgentAsync();
        App.Clock.Advance(TimeSpan.FromMinutes(23));
        await App.RunMonitorAsync();
        App.Clock.Advance(TimeSpan.FromMinutes(7));
        await App.RunMonitorAsync();
        (await App.AssignmentAsync(number)).Warning.ShouldBe(WarningMark.SignForNearing);

        App.Clock.Advance(TimeSpan.FromMinutes(1));
        await App.RunMonitorAsync();

        (await App.AssignmentAsync(number)).Warning.ShouldBe(WarningMark.SignForOverdue);
        var overdue = await App.NotificationsAsync(number, NotificationKind.DeadlineOverdue);
        overdue.Select(n => n.UserId).Order().ShouldBe(await App.LiaisonsAsync("heating"));
        overdue.ShouldAllBe(n => n.Detail == "SignFor");
        (await App.NotificationsAsync(number, NotificationKind.DeadlineNearing)).Count.ShouldBe(2);
    }

    [Fact]
    public async Task An_overdue_clock_first_seen_late_is_marked_red_once_without_a_yellow_notice()
    {
        var number = await App.DispatchedUrgentAsync();
        App.Clock.Advance(TimeSpan.FromMinutes(31));

        await App.RunMonitorAsync();

        (await App.AssignmentAsync(number)).Warning.ShouldBe(WarningMark.SignForOverdue);
        (await App.NotificationsAsync(number, NotificationKind.DeadlineNearing)).ShouldBeEmpty();
        (await App.NotificationsAsync(number, NotificationKind.DeadlineOverdue)).Count.ShouldBe(2);
    }

    [Fact]
    public async Task Running_again_creates_nothing_new()
    {
        var number = await App.DispatchedUrgentAsync();
        App.Clock.Advance(TimeSpan.FromMinutes(31));
        await App.RunMonitorAsync();
        var before = await App.NotificationsAsync(number);

        App.Clock.Advance(TimeSpan.FromMinutes(5));
        var again = await App.RunMonitorAsync();

        again.ShouldBe(0);
        (await App.NotificationsAsync(number)).Count.ShouldBe(before.Count);
        (await App.AssignmentAsync(number)).Warning.ShouldBe(WarningMark.SignForOverdue);
    }

    [Fact]
    public async Task A_signed_for_assignment_moves_on_to_its_first_contact_clock()
    {
        var number = await App.DispatchedUrgentAsync();
        App.Clock.Advance(TimeSpan.FromMinutes(10));
        await App.SignForAsync(number);
        App.Clock.Advance(TimeSpan.FromMinutes(13));

        await App.RunMonitorAsync();

        (await App.AssignmentAsync(number)).Warning.ShouldBe(WarningMark.FirstContactNearing);
        var nearing = await App.NotificationsAsync(number, NotificationKind.DeadlineNearing);
        nearing.Count.ShouldBe(2);
        nearing.ShouldAllBe(n => n.Detail == "FirstContact");
    }

    [Fact]
    public async Task A_red_sign_for_clock_signed_late_still_announces_the_first_contact_clock()
    {
        var number = await App.DispatchedUrgentAsync();
        App.Clock.Advance(TimeSpan.FromMinutes(31));
        await App.RunMonitorAsync();
        await App.SignForAsync(number);

        App.Clock.Advance(TimeSpan.FromMinutes(1));
        await App.RunMonitorAsync();

        (await App.AssignmentAsync(number)).Warning.ShouldBe(WarningMark.FirstContactOverdue);
        (await App.NotificationsAsync(number, NotificationKind.DeadlineOverdue)).Select(n => n.Detail)
            .ShouldBe(["SignFor", "SignFor", "FirstContact", "FirstContact"]);
    }

    [Fact]
    public async Task A_contacted_assignment_waits_for_its_resolve_clock_of_three_working_days()
    {
        var number = await App.DispatchedUrgentAsync();
        await App.SignForAsync(number);
        await App.RecordContactAsync(number);
        App.Clock.Advance(TimeSpan.FromHours(1));

        await App.RunMonitorAsync();
        (await App.AssignmentAsync(number)).Warning.ShouldBe(WarningMark.None);

        var assignment = await App.AssignmentAsync(number);
        App.Clock.SetUtcNow(assignment.ResolveDueAt.AddMinutes(1));
        await App.RunMonitorAsync();

        (await App.AssignmentAsync(number)).Warning.ShouldBe(WarningMark.ResolveOverdue);
        (await App.NotificationsAsync(number, NotificationKind.DeadlineOverdue)).ShouldAllBe(n => n.Detail == "Resolve");
    }

    [Fact]
    public async Task Assisting_units_get_no_deadline_notices()
    {
        var number = await App.DispatchedUrgentAsync("heating", "water");
        App.Clock.Advance(TimeSpan.FromMinutes(31));

        await App.RunMonitorAsync();

        (await App.AssignmentAsync(number, "water")).Warning.ShouldBe(WarningMark.None);
        var water = await App.LiaisonsAsync("water");
        (await App.NotificationsAsync(number, NotificationKind.DeadlineOverdue)).ShouldNotContain(n => water.Contains(n.UserId));
    }

    [Fact]
    public async Task The_yellow_share_comes_from_the_options()
    {
        var number = await App.DispatchedUrgentAsync();
        App.Clock.Advance(TimeSpan.FromMinutes(15));

        await App.RunMonitorAsync();
        (await App.AssignmentAsync(number)).Warning.ShouldBe(WarningMark.None);
        await App.RunMonitorAsync(o => o.WarningShare = 0.5);

        (await App.AssignmentAsync(number)).Warning.ShouldBe(WarningMark.SignForNearing);
    }
}
