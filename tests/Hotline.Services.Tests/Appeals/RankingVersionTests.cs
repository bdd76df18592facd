using Hotline.Domain.Tickets;
using Hotline.Services.Common;
using Hotline.Services.Dashboards;
using Hotline.Services.Rankings;
using Hotline.Services.Tests.Infrastructure;

namespace Hotline.Services.Tests.Appeals;

/// <summary>
/// Published rankings (issue 18 §4): a month's version is frozen; an appeal upheld later changes the next version and
/// not the frozen one; both are kept and compared.
/// </summary>
public sealed class RankingVersionTests(DatabaseFixture app) : DatabaseTest<DatabaseFixture>(app), IClassFixture<DatabaseFixture>
{
    private static readonly DateOnly November = new(2026, 11, 1);

    private async Task<ServiceResult<int>> PublishAsync(int seen, string? note = null, string userName = "supervisor", DateOnly? month = null)
    {
        var actor = (await App.ViewerAsync(userName)).Actor;
        return await App.UseAsync<RankingVersionService, ServiceResult<int>>(s =>
            s.PublishAsync(new PublishInput { Month = month ?? November, SeenVersion = seen, Note = note }, actor));
    }

    private Task<RankingReport?> VersionAsync(int number) =>
        App.UseAsync<RankingVersionService, RankingReport?>(s => s.ReportAsync(November, number));

    [Fact]
    public async Task An_upheld_appeal_changes_the_ranking_s_next_version_and_not_the_frozen_one()
    {
        // Monday 23 November: a ticket at the heating company signed for late, appealed on the 25th.
        var late = await App.LateTicketAsync();
        (await App.AppealAsync(late)).Errors.ShouldBeEmpty();
        (await PublishAsync(0)).Errors.Single().Code.ShouldBe("Ranking.Error.MonthNotOver");

        // 1 December: November is over and published while the appeal waits.
        App.Clock.AdjustTime(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.FromHours(8)).ToUniversalTime());
        (await PublishAsync(0)).Value.ShouldBe(1);
        (await PublishAsync(1, "更正")).Errors.Single().Code.ShouldBe("Ranking.Error.NothingToCorrect");
        var heating = await App.UnitIdAsync("heating");
        var first = (await VersionAsync(1)).ShouldNotBeNull();
        var frozen = first.Rows.Single(r => r.UnitId == heating).Counts;
        var live = await App.UseAsync<RankingService, RankingReport>(s => s.RankAsync(first.Period));
        first.Rows.OrderBy(r => r.UnitId).Select(r => (r.UnitId, r.HandOffs))
            .ShouldBe(live.Rows.OrderBy(r => r.UnitId).Select(r => (r.UnitId, r.HandOffs)), "objections and delegations are frozen with the rates");
        first.Rows.ShouldAllBe(r => r.HandOffs != null);

        (await App.DecideAppealAsync(late, uphold: true, note: "信息中心确认故障。")).Errors.ShouldBeEmpty();
        (await PublishAsync(1)).Errors.Single().Code.ShouldBe("Ranking.Error.NoteRequired");
        (await PublishAsync(0, "更正")).Errors.Single().Code.ShouldBe(ServiceError.Concurrency, "version 1 was published since");
        (await PublishAsync(1, "申诉成立，更正热力公司签收及时率。")).Value.ShouldBe(2);

        var again = (await VersionAsync(1)).ShouldNotBeNull();
        again.Rows.Single(r => r.UnitId == heating).Counts.ShouldBe(frozen, "a published version is frozen");
        again.MeasuredAt.ShouldBe(first.MeasuredAt);
        var corrected = (await VersionAsync(2)).ShouldNotBeNull().Rows.Single(r => r.UnitId == heating);
        corrected.Counts.Assigned.ShouldBe(frozen.Assigned - 1);
        corrected.Counts.SignedOnTime.ShouldBe(frozen.SignedOnTime);
        var versions = await App.UseAsync<RankingVersionService, IReadOnlyList<RankingVersionInfo>>(s => s.VersionsAsync(November));
        versions.Select(v => (v.Number, v.AppealsUpheld)).ShouldBe([(1, 0), (2, 1)]);
        versions[1].Note.ShouldBe("申诉成立，更正热力公司签收及时率。");
        versions[0].Definitions.ShouldBe(RankingDefinitions.Current);
        var change = RankingVersionService.Compare(again, (await VersionAsync(2))!).Single(c => c.UnitId == heating);
        change.IndexBefore.ShouldBe(again.Rows.Single(r => r.UnitId == heating).Index);
        change.IndexAfter.ShouldBe(corrected.Index);
    }

    [Theory]
    [InlineData("dispatcher")]
    [InlineData("admin")]
    public async Task Only_a_supervisor_publishes(string userName)
    {
        App.Clock.AdjustTime(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.FromHours(8)).ToUniversalTime());
        (await PublishAsync(0, userName: userName, month: new DateOnly(2026, 10, 1))).Errors.Single().Code.ShouldBe("Ranking.Error.SupervisorsOnly");
    }
}
