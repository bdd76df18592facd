using Hotline.Domain.Deadlines;
using Hotline.Domain.Tickets;
using Hotline.Services.Common;
using Hotline.Services.Supervision;
using Hotline.Services.Tests.Infrastructure;

namespace Hotline.Services.Tests.Supervision;

/// <summary>The work list's first section: every unit's running clock that is overdue or nearly due, supervised first.</summary>
public sealed class WorkListClockTests(WorkListFixture app) : DatabaseTest<WorkListFixture>(app), IClassFixture<WorkListFixture>
{
    [Fact]
    public async Task Red_and_yellow_clocks_of_all_units_are_listed_supervised_first_then_by_deadline()
    {
        App.Clock.SetUtcNow(WorkListFixture.Looked);

        var (clocks, overdue) = await ClocksAsync(new WorkListFilter());

        clocks.Items.Select(c => c.Number).ShouldBe([App.YellowKey, App.YellowSupervised, App.SignForOverdue, App.ContactOverdue, App.Yellow]);
        clocks.TotalCount.ShouldBe(5);
        overdue.ShouldBe(2);
        var rows = clocks.Items.ToDictionary(c => c.Number);
        (rows[App.SignForOverdue].Clock, rows[App.SignForOverdue].Warning, rows[App.SignForOverdue].DueAt)
            .ShouldBe((ClockKind.SignFor, WarningLevel.Red, WorkListFixture.T0.AddMinutes(30)));
        (rows[App.ContactOverdue].Clock, rows[App.ContactOverdue].Warning).ShouldBe((ClockKind.FirstContact, WarningLevel.Red));
        (rows[App.Yellow].Warning, rows[App.Yellow].Unit!.Zh).ShouldBe((WarningLevel.Yellow, "市自来水有限公司"));
        (rows[App.YellowKey].Supervision, rows[App.YellowSupervised].Supervision).ShouldBe((SupervisionLevel.Key, SupervisionLevel.Normal));
        rows[App.YellowKey].Urgency.ShouldBe(Urgency.Urgent);
        rows.Keys.ShouldNotContain(App.OnTime);
        rows.Keys.ShouldNotContain(App.Resolved);
    }

    [Fact]
    public async Task Fresh_clocks_are_not_listed()
    {
        App.Clock.SetUtcNow(WorkListFixture.T0.AddMinutes(13));

        var (clocks, overdue) = await ClocksAsync(new WorkListFilter());

        clocks.Items.ShouldBeEmpty();
        overdue.ShouldBe(0);
    }

    [Fact]
    public async Task One_unit_shows_only_its_lead_assignments()
    {
        App.Clock.SetUtcNow(WorkListFixture.Looked);

        var (clocks, overdue) = await ClocksAsync(new WorkListFilter { UnitId = await App.UnitIdAsync("heating") });

        // The water ticket heating assists is the water company's clock, not heating's.
        clocks.Items.Select(c => c.Number).ShouldBe([App.SignForOverdue, App.ContactOverdue]);
        overdue.ShouldBe(2);
    }

    [Theory]
    [InlineData(WarningLevel.Red, 2)]
    [InlineData(WarningLevel.Yellow, 3)]
    public async Task The_list_narrows_to_red_or_yellow(WarningLevel warning, int count)
    {
        App.Clock.SetUtcNow(WorkListFixture.Looked);

        var (clocks, _) = await ClocksAsync(new WorkListFilter { Warning = warning });

        clocks.Items.Count.ShouldBe(count);
        clocks.Items.ShouldAllBe(c => c.Warning == warning);
    }

    [Fact]
    public async Task Later_the_normal_complaint_turns_yellow_too()
    {
        // Tuesday 15:00: the sign-for clock (Monday 10:00 to Wednesday 00:00) has less than a quarter left.
        App.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 24, 7, 0, 0, TimeSpan.Zero));

        var (clocks, _) = await ClocksAsync(new WorkListFilter { Warning = WarningLevel.Yellow });

        clocks.Items.Select(c => c.Number).ShouldBe([App.OnTime]);
    }

    private Task<(PagedList<WatchedClock>, int)> ClocksAsync(WorkListFilter filter) =>
        App.UseAsync<SupervisorWorkListService, (PagedList<WatchedClock>, int)>(s => s.ClocksAsync(filter));
}
