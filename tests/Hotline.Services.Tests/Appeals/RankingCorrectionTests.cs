using Hotline.Domain.Performance;
using Hotline.Domain.Tickets;
using Hotline.Services.Common;
using Hotline.Services.Dashboards;
using Hotline.Services.Rankings;
using Hotline.Services.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Tests.Appeals;

/// <summary>
/// A corrected ranking version (ADR 0031) changes only what the upheld appeals change: it is computed with the weights
/// and minimums frozen in the version it corrects, and refused once the measure definitions have moved on.
/// </summary>
public sealed class RankingCorrectionTests(DatabaseFixture app) : DatabaseTest<DatabaseFixture>(app), IClassFixture<DatabaseFixture>
{
    private static readonly DateOnly November = new(2026, 11, 1);

    private async Task<ServiceResult<int>> PublishAsync(int seen, string? note = null)
    {
        var actor = (await App.ViewerAsync("supervisor")).Actor;
        return await App.UseAsync<RankingVersionService, ServiceResult<int>>(s =>
            s.PublishAsync(new PublishInput { Month = November, SeenVersion = seen, Note = note }, actor));
    }

    private Task<RankingReport?> VersionAsync(int number) =>
        App.UseAsync<RankingVersionService, RankingReport?>(s => s.ReportAsync(November, number));

    private async Task<ServiceResult<KpiWeights>> SetWeightsAsync(decimal signFor, decimal firstResponse, decimal onTime, decimal satisfaction, decimal solved)
    {
        var admin = (await App.ViewerAsync("admin")).Actor;
        var current = await App.UseAsync<KpiWeightsService, string>(s => s.CurrentAsync());
        var input = new KpiWeightsInput
        {
            SignFor = signFor,
            FirstResponse = firstResponse,
            OnTimeCompletion = onTime,
            Satisfaction = satisfaction,
            Solved = solved,
            Current = current,
        };
        return await App.UseAsync<KpiWeightsService, ServiceResult<KpiWeights>>(s => s.SaveAsync(input, admin));
    }

    private Task<long> AppealOfAsync(string number, AppealedMark mark) =>
        App.ReadAsync(db => db.Appeals.Where(p => p.Mark == mark && db.Tickets.Any(t => t.Id == p.TicketId && t.Number == number)).Select(p => p.Id).SingleAsync());

    [Fact]
    public async Task A_correction_keeps_the_corrected_version_s_weights_and_is_refused_once_the_definitions_changed()
    {
        // November: the heating company lets a ticket's sign-for and first contact run late and appeals both.
        var late = await App.LateTicketAsync();
        (await App.AppealAsync(late, AppealedMark.SignForLate)).Errors.ShouldBeEmpty();
        (await App.AppealAsync(late, AppealedMark.FirstContactLate)).Errors.ShouldBeEmpty();
        App.Clock.AdjustTime(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.FromHours(8)).ToUniversalTime());
        (await PublishAsync(0)).Value.ShouldBe(1);
        var first = (await VersionAsync(1)).ShouldNotBeNull();

        // The administrator moves every weight onto solved after the publication; then the sign-for appeal is upheld.
        (await SetWeightsAsync(0, 0, 0, 0, 1)).Errors.ShouldBeEmpty();
        try
        {
            (await App.DecideAppealAsync(late, uphold: true, appealId: await AppealOfAsync(late, AppealedMark.SignForLate))).Errors.ShouldBeEmpty();
            (await PublishAsync(1, "签收超时申诉成立。")).Value.ShouldBe(2);

            var corrected = (await VersionAsync(2)).ShouldNotBeNull();
            corrected.Weights.ShouldBe(first.Weights, "a correction is weighed like the version it corrects");
            var heating = await App.UnitIdAsync("heating");
            var row = corrected.Rows.Single(r => r.UnitId == heating);
            row.Index.ShouldBe(row.Counts.Score.Index(first.Weights));
            var live = await App.UseAsync<RankingService, RankingReport>(s => s.RankAsync(Period.Containing(PeriodKind.Month, November)));
            live.Weights.ShouldBe(new KpiWeights(0, 0, 0, 0, 1), "the live ranking follows today's weights");

            // Version 2 was computed under definitions the code no longer has: the next correction cannot honour them.
            await App.ReadAsync(db => db.RankingVersions.Where(v => v.Month == November && v.Number == 2)
                .ExecuteUpdateAsync(u => u.SetProperty(v => v.Definitions, "measures.md 2026-11")));
            (await App.DecideAppealAsync(late, uphold: true, appealId: await AppealOfAsync(late, AppealedMark.FirstContactLate))).Errors.ShouldBeEmpty();
            (await PublishAsync(2, "首次联系超时申诉成立。")).Errors.Single().Code.ShouldBe("Ranking.Error.DefinitionsChanged");
            (await App.ReadAsync(db => db.RankingVersions.CountAsync(v => v.Month == November))).ShouldBe(2);
        }
        finally
        {
            (await SetWeightsAsync(15, 15, 30, 20, 20)).Errors.ShouldBeEmpty();
        }
    }
}
