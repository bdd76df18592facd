using Hotline.Domain.Deadlines;
using Hotline.Domain.Tickets;
using Hotline.Services.Common;
using Hotline.Services.Dispatch;
using Hotline.Services.FollowUp;
using Hotline.Services.Tests.Infrastructure;
using Hotline.Services.Tests.Workbench;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Tests.FollowUp;

/// <summary>The callback queue: earliest callback deadline first, red and yellow marks, filters, merged callers with their master.</summary>
public sealed class CallbackQueueTests(DatabaseFixture app) : DatabaseTest<DatabaseFixture>(app), IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task The_earliest_callback_deadline_comes_first_overdue_red_nearly_due_yellow()
    {
        const string phone = "13905350201";
        var monday = await App.ResolvedAsync(phone: phone);
        SetLocalNow(2026, 11, 24, 10);
        var tuesday = await App.ResolvedAsync(phone: phone);
        SetLocalNow(2026, 11, 25, 10);
        var wednesday = await App.ResolvedAsync(phone: phone);
        // Thursday evening: Monday's callback was due at Thursday 00:00, Tuesday's is due at midnight, Wednesday's on Saturday.
        SetLocalNow(2026, 11, 26, 18);

        var queue = await App.CallbackQueueAsync(new CallbackQueueFilter { Text = phone });

        queue.Items.Items.Select(i => (i.Number, i.Warning)).ShouldBe([(monday, WarningLevel.Red), (tuesday, WarningLevel.Yellow), (wednesday, WarningLevel.None)]);
        var first = queue.Items.Items[0];
        (first.Kind, first.CallerPhone, first.FailedAttempts).ShouldBe((CallbackKind.Resolved, phone, 0));
        first.LeadUnit.ShouldNotBeNull().Zh.ShouldContain("热力");
        first.ResultExcerpt.ShouldBe(WorkbenchSteps.Result);
        first.CallbackDueAt.ShouldBe(new DateTimeOffset(2026, 11, 26, 0, 0, 0, TimeSpan.FromHours(8)));
        queue.OverdueCount.ShouldBeGreaterThanOrEqualTo(1);
        (await App.CallbackQueueAsync(new CallbackQueueFilter { Text = phone, OverdueOnly = true })).Items.Items.Select(i => i.Number).ShouldBe([monday]);
    }

    [Fact]
    public async Task A_master_tickets_row_lists_the_callers_of_its_merged_duplicates_once_each()
    {
        var category = await App.CategoryIdAsync("utilities-heating");
        var master = await App.RegisterAsync(IntakeInputs.Register(category, phone: "13905350301"));
        var first = await App.RegisterAsync(IntakeInputs.Register(category, phone: "13905350302"));
        var again = await App.RegisterAsync(IntakeInputs.Register(category, phone: "13905350302"));
        var same = await App.RegisterAsync(IntakeInputs.Register(category, phone: "13905350301"));
        foreach (var duplicate in new[] { first, again, same })
        {
            await MergeAsync(duplicate, master);
        }

        await App.DispatchAsync(master, "heating");
        await App.WorkRoundAsync(master);

        var row = (await App.CallbackQueueAsync(new CallbackQueueFilter { Text = master })).Items.Items.ShouldHaveSingleItem();

        row.MergedCallers.ShouldBe([new CallerContact(first, "13905350302", "张三")]);
        (await App.CallbackTicketAsync(master))!.MergedCallers.ShouldBe(row.MergedCallers);
        (await App.CallbackQueueAsync(new CallbackQueueFilter { Text = "13905350302" })).Items.TotalCount.ShouldBe(0);
    }

    [Fact]
    public async Task Filters_by_kind_and_by_lead_unit_and_pages()
    {
        const string phone = "13905350401";
        var water = await App.ResolvedAsync("water", phone);
        var heating = await App.ResolvedAsync("heating", phone);
        var sample = await SampledDirectAnswerAsync(phone);

        var all = await App.CallbackQueueAsync(new CallbackQueueFilter { Text = phone });
        var samples = await App.CallbackQueueAsync(new CallbackQueueFilter { Text = phone, Kind = CallbackKind.Sample });
        var resolved = await App.CallbackQueueAsync(new CallbackQueueFilter { Text = phone, Kind = CallbackKind.Resolved });
        var atWater = await App.CallbackQueueAsync(new CallbackQueueFilter { Text = phone, UnitId = await App.UnitIdAsync("water") });
        var page2 = await App.CallbackQueueAsync(new CallbackQueueFilter { Text = phone, PageSize = 2, Page = 2 });

        all.Items.TotalCount.ShouldBe(3);
        var row = samples.Items.Items.ShouldHaveSingleItem();
        (row.Number, row.Kind, row.LeadUnit, row.ResultExcerpt).ShouldBe((sample, CallbackKind.Sample, null, "已告知今年供暖时间和室温标准。"));
        resolved.Items.Items.Select(i => i.Number).Order().ShouldBe(new[] { water, heating }.Order());
        atWater.Items.Items.ShouldHaveSingleItem().Number.ShouldBe(water);
        (page2.Items.Items.Count, page2.Items.PageCount).ShouldBe((1, 2));
    }

    private async Task MergeAsync(string duplicate, string master)
    {
        var dispatcher = await App.ViewerAsync("dispatcher");
        var input = new MergeInput { MasterNumber = master, Version = await App.VersionAsync(duplicate) };
        (await App.UseAsync<DispatchService, ServiceResult<string>>(s => s.MergeAsync(duplicate, input, dispatcher.Actor))).Errors.ShouldBeEmpty();
    }

    /// <summary>A direct answer picked for a sample callback (the pick itself is tested through intake).</summary>
    private async Task<string> SampledDirectAnswerAsync(string phone)
    {
        var input = IntakeInputs.AnswerDirectly(await App.CategoryIdAsync("utilities-heating"), null, "已告知今年供暖时间和室温标准。", phone);
        var result = await App.IntakeAsync(input, Hotline.Services.Intake.IntakeAction.AnswerDirectly);
        var number = result.Value!.TicketNumber!;
        await App.WriteAsync(async db =>
        {
            var ticket = await db.Tickets.SingleAsync(t => t.Number == number);
            if (!ticket.AwaitingCallback)
            {
                ticket.SampleForCallback(App.Clock.GetUtcNow().AddDays(2));
            }
        });
        return number;
    }
}
