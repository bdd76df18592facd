using Hotline.Domain.Performance;
using Hotline.Domain.Tickets;
using Hotline.Services.Appeals;
using Hotline.Services.Common;
using Hotline.Services.Dashboards;
using Hotline.Services.Tests.Decisions;
using Hotline.Services.Tests.Infrastructure;
using Hotline.Services.Workbench;
using Hotline.Testing;
using Microsoft.EntityFrameworkCore;
using Follow = Hotline.Services.Tests.FollowUp.FollowUpSteps;

namespace Hotline.Services.Tests.Appeals;

/// <summary>
/// Each mark a unit may appeal, upheld, leaves its rate whole — numerator and denominator — and nothing else (ADR 0031);
/// a yellow warning is no mark; the configured window decides which marks may still be appealed; evidence is up to five
/// files, each checked like any upload.
/// </summary>
public sealed class AppealMarksTests(DatabaseFixture app) : DatabaseTest<DatabaseFixture>(app), IClassFixture<DatabaseFixture>
{
    private async Task<UnitCounts> HeatingCountsAsync()
    {
        var heating = await App.UnitIdAsync("heating");
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(App.Clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).DateTime);
        var counts = await App.UseAsync<UnitMeasuresService, IReadOnlyDictionary<int, UnitCounts>>(s => s.CountAsync(Period.AllTime(today), heating));
        return counts.GetValueOrDefault(heating) ?? UnitCounts.None(heating);
    }

    private async Task<Assignment> LeadAsync(string number) => (await App.StoredAsync(number)).Assignments.Single(a => a.IsLead);

    private async Task<ServiceResult<AppealWindow>> SetWindowAsync(int days)
    {
        var admin = (await App.ViewerAsync("admin")).Actor;
        var current = await App.UseAsync<AppealWindowService, string>(s => s.CurrentAsync());
        return await App.UseAsync<AppealWindowService, ServiceResult<AppealWindow>>(s =>
            s.SaveAsync(new AppealWindowInput { WorkingDays = days, Current = current }, admin));
    }

    private async Task<ServiceResult<string>> AppealWithFilesAsync(string number, params UploadInput[] files)
    {
        var liaison = await App.LiaisonAsync("heating");
        var input = new AppealInput
        {
            Mark = AppealedMark.SignForLate,
            FactId = await App.LeadAssignmentIdAsync(number),
            Reason = AppealSteps.Reason,
            Version = await App.VersionAsync(number),
        };
        return await App.UseAsync<AppealService, ServiceResult<string>>(s => s.RaiseAsync(number, input, files, liaison));
    }

    private static UploadInput File(string name, byte[] content) => new() { FileName = name, Content = content };

    [Fact]
    public async Task An_upheld_late_first_contact_leaves_the_first_response_rate_whole_and_nothing_else()
    {
        var number = await App.LateTicketAsync();
        (await App.AppealAsync(number, AppealedMark.FirstContactLate)).Errors.ShouldBeEmpty();
        var before = await HeatingCountsAsync();

        (await App.DecideAppealAsync(number, uphold: true)).Errors.ShouldBeEmpty();

        var after = await HeatingCountsAsync();
        after.ContactMeasured.ShouldBe(before.ContactMeasured - 1);
        after.ContactedOnTime.ShouldBe(before.ContactedOnTime, "it was late: the numerator never held it");
        after.Assigned.ShouldBe(before.Assigned, "the sign-for was not appealed");
        after.SignedOnTime.ShouldBe(before.SignedOnTime);
        after.FellDue.ShouldBe(before.FellDue);
        var lead = await LeadAsync(number);
        (lead.FirstContactExcused, lead.SignForExcused, lead.ResolutionExcused).ShouldBe((true, false, false));
    }

    [Fact]
    public async Task An_upheld_late_resolution_leaves_the_on_time_completion_rate_whole_and_nothing_else()
    {
        var number = await App.DispatchedTicketAsync();
        App.Clock.SetUtcNow((await LeadAsync(number)).ResolveDueAt.AddHours(1));
        (await App.AppealAsync(number, AppealedMark.ResolutionLate)).Errors.ShouldBeEmpty();
        var before = await HeatingCountsAsync();

        (await App.DecideAppealAsync(number, uphold: true)).Errors.ShouldBeEmpty();

        var after = await HeatingCountsAsync();
        after.FellDue.ShouldBe(before.FellDue - 1);
        after.ResolvedOnTime.ShouldBe(before.ResolvedOnTime);
        after.Assigned.ShouldBe(before.Assigned, "the missed sign-for still counts");
        after.ContactMeasured.ShouldBe(before.ContactMeasured);
        var lead = await LeadAsync(number);
        (lead.ResolutionExcused, lead.SignForExcused, lead.FirstContactExcused).ShouldBe((true, false, false));
    }

    [Fact]
    public async Task An_upheld_dissatisfied_callback_leaves_the_satisfaction_and_solved_rates_whole()
    {
        var number = await Follow.ResolvedAsync(App);
        await Follow.CalledBackAsync(App, number, Follow.Dissatisfied(reopen: false));
        var callback = await App.ReadAsync(db => db.Callbacks.AsNoTracking().SingleAsync(c => db.Tickets.Any(t => t.Id == c.TicketId && t.Number == number)));
        (await App.AppealAsync(number, AppealedMark.DissatisfiedCallback, factId: callback.Id)).Errors.ShouldBeEmpty();
        var before = await HeatingCountsAsync();

        (await App.DecideAppealAsync(number, uphold: true)).Errors.ShouldBeEmpty();

        var after = await HeatingCountsAsync();
        after.CallbacksReached.ShouldBe(before.CallbacksReached - 1);
        after.Satisfied.ShouldBe(before.Satisfied, "dissatisfied: the numerator never held it");
        after.Solved.ShouldBe(before.Solved, "not solved: the numerator never held it");
        after.FellDue.ShouldBe(before.FellDue);
        (await App.ReadAsync(db => db.Callbacks.AsNoTracking().Where(c => c.Id == callback.Id).Select(c => c.Excused).SingleAsync())).ShouldBeTrue();
    }

    [Fact]
    public async Task A_clock_in_its_yellow_warning_is_no_mark_and_has_nothing_to_appeal()
    {
        var number = await App.DispatchedTicketAsync();
        App.Clock.SetUtcNow((await LeadAsync(number)).SignForDueAt.AddMinutes(-1));

        (await App.AppealAsync(number, AppealedMark.SignForLate)).Errors.Single().Code.ShouldBe("Appeal.Error.NothingToAppeal");
        (await App.ReadAsync(db => db.Appeals.AnyAsync(p => db.Tickets.Any(t => t.Id == p.TicketId && t.Number == number)))).ShouldBeFalse();
    }

    [Fact]
    public async Task The_configured_window_decides_which_marks_may_still_be_appealed()
    {
        // A missed sign-for, a minute after a one-working-day window closed: refused; the administrator widens the window
        // to three working days and the same mark may be appealed.
        var number = await App.DispatchedTicketAsync();
        var liaison = await App.LiaisonAsync("heating");
        try
        {
            (await SetWindowAsync(1)).Errors.ShouldBeEmpty();
            App.Clock.SetUtcNow((await LeadAsync(number)).SignForDueAt.AddMinutes(1));
            var marks = (await App.UseAsync<AppealService, AppealMarks?>(s => s.MarksAsync(number, liaison))).ShouldNotBeNull().Marks;
            var closes = marks.Single(m => m.Mark == AppealedMark.SignForLate).WindowEndsAt;
            App.Clock.SetUtcNow(closes.AddMinutes(1));
            (await App.UseAsync<AppealService, AppealMarks?>(s => s.MarksAsync(number, liaison))).ShouldNotBeNull().Marks
                .Single(m => m.Mark == AppealedMark.SignForLate).CanAppeal(App.Clock.GetUtcNow()).ShouldBeFalse("the page offers no form past the window");
            (await App.AppealAsync(number)).Errors.Single().Code.ShouldBe("Appeal.Error.WindowPassed");

            (await SetWindowAsync(3)).Errors.ShouldBeEmpty();
            (await App.UseAsync<AppealService, AppealMarks?>(s => s.MarksAsync(number, liaison))).ShouldNotBeNull().Marks
                .Single(m => m.Mark == AppealedMark.SignForLate).WindowEndsAt.ShouldBeGreaterThan(closes.AddDays(1));
            (await App.AppealAsync(number)).Errors.ShouldBeEmpty();
        }
        finally
        {
            (await SetWindowAsync(AppealWindow.Default.WorkingDays)).Errors.ShouldBeEmpty();
        }
    }

    [Fact]
    public async Task An_appeal_carries_several_evidence_files_stored_with_the_ticket_and_listed_in_the_log()
    {
        var number = await App.LateTicketAsync();

        (await AppealWithFilesAsync(number, File("故障截图.png", SampleFiles.Png), File("信息中心证明.pdf", SampleFiles.Pdf))).Errors.ShouldBeEmpty();

        var appeal = await App.ReadAsync(db => db.Appeals.AsNoTracking().Include(p => p.Evidence)
            .SingleAsync(p => db.Tickets.Any(t => t.Id == p.TicketId && t.Number == number)));
        appeal.Evidence.Select(a => (a.FileName, a.ContentType)).ShouldBe([("故障截图.png", "image/png"), ("信息中心证明.pdf", "application/pdf")], ignoreOrder: true);
        appeal.Evidence.ShouldAllBe(a => a.TicketId == appeal.TicketId && a.UnitId == appeal.UnitId);
        var pending = await App.UseAsync<AppealService, PagedList<AppealLogRow>>(s => s.PendingAsync());
        pending.Items.Single(r => r.Number == number).Evidence.Select(e => e.FileName).ShouldBe(["故障截图.png", "信息中心证明.pdf"], ignoreOrder: true);
    }

    [Fact]
    public async Task Too_many_files_or_one_bad_file_refuse_the_whole_appeal_and_nothing_is_saved()
    {
        var number = await App.LateTicketAsync();

        (await AppealWithFilesAsync(number, [.. Enumerable.Range(1, Appeal.MaxEvidence + 1).Select(i => File($"截图{i}.png", SampleFiles.Png))]))
            .Errors.Single().Code.ShouldBe("Appeal.Error.TooManyFiles");
        (await AppealWithFilesAsync(number, File("故障截图.png", SampleFiles.Png), File("说明.exe.pdf", SampleFiles.Png)))
            .Errors.Single().Code.ShouldBe("Workbench.Validation.File.Type");

        (await App.ReadAsync(db => db.Appeals.AnyAsync(p => db.Tickets.Any(t => t.Id == p.TicketId && t.Number == number)))).ShouldBeFalse();
        (await App.ReadAsync(db => db.Attachments.AnyAsync(a => db.Tickets.Any(t => t.Id == a.TicketId && t.Number == number)))).ShouldBeFalse();
    }
}
