using Hotline.Domain.Notifications;
using Hotline.Domain.Performance;
using Hotline.Domain.Tickets;
using Hotline.Services.Appeals;
using Hotline.Services.Common;
using Hotline.Services.Dashboards;
using Hotline.Services.Tests.Decisions;
using Hotline.Services.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Tests.Appeals;

/// <summary>申诉 on PostgreSQL: raised by the unit on its own marks in the window, decided once by a supervisor, measured.</summary>
public sealed class AppealServiceTests(DatabaseFixture app) : DatabaseTest<DatabaseFixture>(app), IClassFixture<DatabaseFixture>
{
    private async Task<UnitCounts> HeatingCountsAsync()
    {
        var heating = await App.UnitIdAsync("heating");
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(App.Clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).DateTime);
        var counts = await App.UseAsync<UnitMeasuresService, IReadOnlyDictionary<int, UnitCounts>>(s => s.CountAsync(Period.Containing(PeriodKind.Month, today), heating));
        return counts.GetValueOrDefault(heating) ?? UnitCounts.None(heating);
    }

    [Fact]
    public async Task A_unit_appeals_its_late_sign_for_and_the_supervisors_are_told_and_see_it_waiting()
    {
        var number = await App.LateTicketAsync();

        (await App.AppealAsync(number)).Errors.ShouldBeEmpty();

        var appeal = await App.ReadAsync(db => db.Appeals.AsNoTracking().SingleAsync(p => p.Id == db.Appeals.Max(x => x.Id)));
        appeal.Mark.ShouldBe(AppealedMark.SignForLate);
        appeal.Status.ShouldBe(RequestStatus.Pending);
        var pending = await App.UseAsync<AppealService, PagedList<AppealLogRow>>(s => s.PendingAsync());
        pending.Items.ShouldContain(r => r.Number == number && r.Reason == AppealSteps.Reason);
        var supervisor = (await App.ViewerAsync("supervisor")).Actor.UserId;
        (await App.ReadAsync(db => db.Notifications.AnyAsync(n => n.TicketNumber == number && n.Kind == NotificationKind.AppealRaised && n.UserId == supervisor)))
            .ShouldBeTrue();
        (await App.StoredAsync(number)).Events[^1].Action.ShouldBe(TicketAction.RaiseAppeal);
    }

    [Fact]
    public async Task An_upheld_appeal_takes_the_late_sign_for_out_of_the_unit_s_rate_and_a_rejected_one_does_not()
    {
        var upheld = await App.LateTicketAsync();
        var rejected = await App.DispatchedTicketAsync();
        App.Clock.Advance(TimeSpan.FromDays(2));
        (await App.AppealAsync(upheld)).Errors.ShouldBeEmpty();
        (await App.AppealAsync(rejected)).Errors.ShouldBeEmpty();
        var before = await HeatingCountsAsync();

        (await App.DecideAppealAsync(upheld, uphold: true, note: "信息中心确认故障。")).Errors.ShouldBeEmpty();
        (await App.DecideAppealAsync(rejected, uphold: false, note: "当日系统日志正常。")).Errors.ShouldBeEmpty();

        var after = await HeatingCountsAsync();
        after.Assigned.ShouldBe(before.Assigned - 1, "only the upheld appeal's sign-for leaves the rate");
        after.ContactMeasured.ShouldBe(before.ContactMeasured, "the first contact was not appealed");
        (await App.StoredAsync(upheld)).Assignments.Single().SignForExcused.ShouldBeTrue();
        (await App.StoredAsync(rejected)).Assignments.Single().SignForExcused.ShouldBeFalse();
        var heating = await App.UnitIdAsync("heating");
        (await App.ReadAsync(db => db.Notifications.CountAsync(n => (n.TicketNumber == upheld || n.TicketNumber == rejected)
            && n.Kind == NotificationKind.AppealDecided))).ShouldBePositive();
        var supervisor = await App.ViewerAsync("supervisor");
        var log = await App.UseAsync<AppealService, PagedList<AppealLogRow>>(s => s.LogAsync(new AppealLogFilter(heating), supervisor));
        var water = await App.LiaisonAsync("water");
        var theirs = await App.UseAsync<AppealService, PagedList<AppealLogRow>>(s => s.LogAsync(new AppealLogFilter(heating), water));
        theirs.Items.ShouldNotContain(r => r.UnitId == heating, "a liaison's log is their own unit's, whatever the filter names");
        log.Items.Where(r => r.Number == upheld || r.Number == rejected).Select(r => r.Status).ShouldBe([RequestStatus.Rejected, RequestStatus.Approved], ignoreOrder: true);
    }

    [Fact]
    public async Task Another_unit_cannot_appeal_the_mark_and_a_stranger_does_not_find_the_ticket()
    {
        var number = await App.LateTicketAsync();

        (await App.AppealAsync(number, unitCode: "water")).Errors.Single().Code.ShouldBe(TicketActs.NotFound);
        (await App.ReadAsync(db => db.Appeals.AnyAsync(p => db.Tickets.Any(t => t.Id == p.TicketId && t.Number == number)))).ShouldBeFalse();
    }

    [Fact]
    public async Task An_appeal_after_the_window_is_refused_and_nothing_is_saved()
    {
        var number = await App.LateTicketAsync();
        App.Clock.Advance(TimeSpan.FromDays(14));
        var events = (await App.StoredAsync(number)).Events.Count;

        (await App.AppealAsync(number)).Errors.Single().Code.ShouldBe("Appeal.Error.WindowPassed");

        (await App.StoredAsync(number)).Events.Count.ShouldBe(events);
    }

    [Fact]
    public async Task A_mark_met_in_time_has_nothing_to_appeal_and_a_reason_is_required()
    {
        var number = await App.DispatchedTicketAsync();

        (await App.AppealAsync(number)).Errors.Single().Code.ShouldBe("Appeal.Error.NothingToAppeal");
        App.Clock.Advance(TimeSpan.FromDays(2));
        (await App.AppealAsync(number, reason: "  ")).Errors.Single().Code.ShouldBe("Appeal.Error.ReasonRequired");
    }

    [Fact]
    public async Task One_open_appeal_per_mark_and_a_decided_one_is_not_appealed_again()
    {
        var number = await App.LateTicketAsync();
        (await App.AppealAsync(number)).Errors.ShouldBeEmpty();

        (await App.AppealAsync(number)).Errors.Single().Code.ShouldBe("Appeal.Error.AlreadyOpen");
        (await App.DecideAppealAsync(number, uphold: true)).Errors.ShouldBeEmpty();
        (await App.AppealAsync(number)).Errors.Single().Code.ShouldBe("Appeal.Error.AlreadyDecided");
    }

    [Fact]
    public async Task Two_supervisors_deciding_the_same_appeal_at_once_cannot_both_win()
    {
        var number = await App.LateTicketAsync();
        (await App.AppealAsync(number)).Errors.ShouldBeEmpty();
        var seen = await App.VersionAsync(number);

        var first = await App.DecideAppealAsync(number, uphold: true, version: seen);
        var second = await App.DecideAppealAsync(number, uphold: false, note: "不予支持。", version: seen);

        first.Errors.ShouldBeEmpty();
        second.Errors.Single().Code.ShouldBe(ServiceError.Concurrency);
        var appeal = await App.ReadAsync(db => db.Appeals.AsNoTracking().SingleAsync(p => db.Tickets.Any(t => t.Id == p.TicketId && t.Number == number)));
        appeal.Status.ShouldBe(RequestStatus.Approved);
    }

    [Theory]
    [InlineData("dispatcher")]
    [InlineData("agent")]
    public async Task Only_a_supervisor_decides_an_appeal(string userName)
    {
        var number = await App.LateTicketAsync();
        (await App.AppealAsync(number)).Errors.ShouldBeEmpty();

        (await App.DecideAppealAsync(number, uphold: true, userName: userName)).Errors.Single().Code.ShouldBe("Ticket.Error.RoleNotAllowed");
    }

    [Fact]
    public async Task A_rejection_needs_a_note()
    {
        var number = await App.LateTicketAsync();
        (await App.AppealAsync(number)).Errors.ShouldBeEmpty();

        (await App.DecideAppealAsync(number, uphold: false, note: " ")).Errors.Single().Code.ShouldBe("Decision.Error.NoteRequired");
    }
}
