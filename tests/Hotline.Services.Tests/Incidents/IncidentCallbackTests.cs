using System.Text;
using Hotline.Domain.Incidents;
using Hotline.Domain.Tickets;
using Hotline.Services.Common;
using Hotline.Services.Exports;
using Hotline.Services.Incidents;
using Hotline.Services.Tests.Infrastructure;
using Hotline.Services.Tests.Review;
using Hotline.Services.Tests.Workbench;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Tests.Incidents;

/// <summary>批量回访 on PostgreSQL: one line per attached caller once the master is resolved, one outcome each, and the report.</summary>
public sealed class IncidentCallbackTests(DatabaseFixture app) : DatabaseTest<DatabaseFixture>(app), IClassFixture<DatabaseFixture>
{
    private static readonly string[] Phones = ["13800000011", "13800000012", "13800000013", "13800000011", "13800000012"];

    [Fact]
    public async Task The_callback_list_has_one_line_per_attached_caller_and_each_outcome_is_recorded_once()
    {
        var master = await App.ContactedComplaintAsync();
        var id = (await App.DeclareAsync(master)).Value;
        foreach (var phone in Phones)
        {
            App.Clock.Advance(TimeSpan.FromMinutes(20));
            (await App.AttachAsync(IncidentSteps.Attach(id, phone))).Errors.ShouldBeEmpty();
        }

        var agent = await App.ViewerAsync("agent");
        async Task<ServiceResult<int>> ListAsync() => await App.UseAsync<IncidentService, ServiceResult<int>>(s => s.ListCallbacksAsync(id, agent));
        (await ListAsync()).Errors.Single().Code.ShouldBe("Incident.Error.MasterNotResolved");

        App.Clock.Advance(TimeSpan.FromHours(2));
        (await App.ResolveAsync(master)).Errors.ShouldBeEmpty();
        (await App.TicketAsync(master)).Status.ShouldBe(TicketStatus.Resolved);

        (await ListAsync()).Value.ShouldBe(3, "five calls from three numbers");
        (await ListAsync()).Value.ShouldBe(0, "listing again lists nobody twice");
        var lines = await App.UseAsync<IncidentService, PagedList<IncidentCallbackRow>>(s => s.CallbacksAsync(id, 1));
        lines.Items.Select(l => (l.Phone, l.Calls, l.Done)).ShouldBe([("13800000011", 2, false), ("13800000012", 2, false), ("13800000013", 1, false)]);
        var detail = await App.IncidentAsync(id);
        (detail.EndedAt, detail.CallbacksListed, detail.CallbacksWaiting, detail.Summary.Stage).ShouldBe((App.Clock.GetUtcNow(), 3, 3, IncidentStage.CallingBack));
        (await App.AttachAsync(IncidentSteps.Attach(id, "13800000014"))).Errors.Single().Code.ShouldBe("Incident.Error.Ended", "listing ended the incident");

        // A line refused by the callback rules refuses the whole save.
        IncidentCallbackRowInput Line(IncidentCallbackRow l, bool reached, Satisfaction? satisfaction, bool? solved, string? words = null) =>
            new() { Id = l.Id, Version = l.Version, Reached = reached, Satisfaction = satisfaction, Solved = solved, CitizenWords = words };
        var items = lines.Items;
        var refused = await App.UseAsync<IncidentService, ServiceResult<int>>(s => s.RecordCallbacksAsync(id,
            [Line(items[0], true, Satisfaction.Satisfied, true), Line(items[1], true, Satisfaction.Dissatisfied, false)], agent));
        refused.Errors.Single().ShouldBe(new ServiceError("Rows[1].CitizenWords", "FollowUp.Validation.Words.Required"));
        (await App.IncidentAsync(id)).CallbacksWaiting.ShouldBe(3);

        var saved = await App.UseAsync<IncidentService, ServiceResult<int>>(s => s.RecordCallbacksAsync(id,
        [
            Line(items[0], true, Satisfaction.Satisfied, true),
            Line(items[1], true, Satisfaction.Dissatisfied, false, "还是不够热"),
            Line(items[2], false, null, null),
            new IncidentCallbackRowInput { Id = items[2].Id, Version = items[2].Version },
        ], agent));
        saved.Value.ShouldBe(3);

        // The same save again (a double click) was made against the versions before it: refused, nothing recorded twice.
        var twice = await App.UseAsync<IncidentService, ServiceResult<int>>(s => s.RecordCallbacksAsync(id,
            [Line(items[0], true, Satisfaction.Satisfied, true)], agent));
        twice.Errors.Single().Code.ShouldBe(ServiceError.Concurrency);

        detail = await App.IncidentAsync(id);
        (detail.CallbacksWaiting, detail.Summary.Stage).ShouldBe((1, IncidentStage.CallingBack), "the caller not reached waits for another day");
        var stored = await App.ReadAsync(db => db.IncidentCallbacks.AsNoTracking().Where(c => c.IncidentId == id).OrderBy(c => c.Phone).ToListAsync());
        stored.Select(c => (c.Done, c.Reached, c.Satisfaction, c.FailedDays)).ShouldBe(
            [(true, true, Satisfaction.Satisfied, 0), (true, true, Satisfaction.Dissatisfied, 0), (false, false, null, 1)]);
        stored[1].CitizenWords.ShouldBe("还是不够热");

        var report = (await App.UseAsync<IncidentService, IncidentReport?>(s => s.ReportAsync(id))).ShouldNotBeNull();
        (report.Attached, report.Callers).ShouldBe((5, 3));
        report.Hours.Sum(h => h.Attached).ShouldBe(5);
        report.Callbacks.ShouldBe(new IncidentCallbackCounts(3, 1, 1, 0, 1, 0, 1));
        report.Callbacks.Satisfaction.ShouldBe(new Domain.Performance.Rate(1, 2));
        report.TimeToResolution.ShouldBe(report.MasterResolvedAt - report.MasterRegisteredAt);
        report.TimeToResolution.ShouldNotBeNull().ShouldBeGreaterThan(TimeSpan.FromHours(3));

        // The same incident in the measures: the month's, and the month's of the unit leading its master (not another's).
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(App.Clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).DateTime);
        var lead = (await App.TicketAsync(master)).LeadUnitId!.Value;
        var measured = (await App.UseAsync<IncidentService, IReadOnlyList<IncidentMeasures>>(s => s.MeasuresAsync(today.AddDays(-1), today.AddDays(1), lead)))
            .Single(m => m.Id == id);
        (measured.Attached, measured.Callers, measured.CalledBack, measured.TimeToResolution, measured.Stage)
            .ShouldBe((5L, 3L, new Domain.Performance.Rate(2, 3), report.TimeToResolution, IncidentStage.CallingBack));
        (await App.UseAsync<IncidentService, IReadOnlyList<IncidentMeasures>>(s => s.MeasuresAsync(today.AddDays(-1), today.AddDays(1), lead + 100_000)))
            .ShouldNotContain(m => m.Id == id);
        (await App.UseAsync<IncidentService, IReadOnlyList<IncidentMeasures>>(s => s.MeasuresAsync(today.AddDays(-40), today.AddDays(-30))))
            .ShouldNotContain(m => m.Id == id, "a period before the window");

        var csv = Encoding.UTF8.GetString(await TableExport.ToBytesAsync(IncidentExport.Write(report, ExportFormat.Csv, key => key)));
        csv.ShouldContain("Incident.Report.PerHour");
        csv.ShouldContain("Incident.Report.Callers,,,,,,3");
        var xlsx = await TableExport.ToBytesAsync(IncidentExport.Write(report, ExportFormat.Excel, key => key));
        xlsx.Length.ShouldBeGreaterThan(1000);
    }

    [Fact]
    public async Task A_master_waiting_for_review_lists_nobody_until_it_passes()
    {
        await App.ReviewPolicyOnAsync();
        var master = await App.ContactedComplaintAsync();
        var id = (await App.DeclareAsync(master)).Value;
        (await App.AttachAsync(IncidentSteps.Attach(id, "13800000021"))).Errors.ShouldBeEmpty();
        (await App.ResolveAsync(master)).Errors.ShouldBeEmpty();
        (await App.TicketAsync(master)).Status.ShouldBe(TicketStatus.UnderReview);

        var supervisor = await App.ViewerAsync("supervisor");
        (await App.UseAsync<IncidentService, ServiceResult<int>>(s => s.ListCallbacksAsync(id, supervisor))).Errors.Single().Code
            .ShouldBe("Incident.Error.MasterNotResolved");
        (await App.PassAsync(master)).Errors.ShouldBeEmpty();
        (await App.UseAsync<IncidentService, ServiceResult<int>>(s => s.ListCallbacksAsync(id, supervisor))).Value.ShouldBe(1);
        await App.WriteAsync(db => db.Database.ExecuteSqlRawAsync(Hotline.Testing.TestDatabase.ReviewPolicyOff));
    }
}
