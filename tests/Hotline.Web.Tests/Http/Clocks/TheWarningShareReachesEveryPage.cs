using AngleSharp.Dom;
using Hotline.Domain.Deadlines;
using Hotline.Domain.Tickets;
using Hotline.Services.Deadlines;
using Hotline.Testing;
using Hotline.Web.Tests.Http.Support;
using Hotline.Web.Tests.Infrastructure;
using Hotline.Web.Tests.Workbench;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Web.Tests.Http.Clocks;

/// <summary>
/// The configured yellow share (Hotline:WarningShare, here 0.6 instead of the default 0.25) colours every queue and page
/// that shows a running clock: halfway through a clock is yellow on the dispatch queue, the supervisor's work list, the
/// unit's workbench and the ticket, dispatch and workbench pages. With the default share it would show no colour.
/// </summary>
public sealed class TheWarningShareReachesEveryPage(TheWarningShareReachesEveryPage.WideWarningApp app)
    : IClassFixture<TheWarningShareReachesEveryPage.WideWarningApp>
{
    public const double Share = 0.6;

    [Fact]
    public async Task Halfway_through_a_clock_every_queue_and_page_shows_it_yellow()
    {
        var number = await app.RegisteredTicketAsync();
        var dispatchClock = await HalfwayAsync(number);
        dispatchClock.Clock.ShouldBe(ClockKind.Dispatch);

        using var dispatcher = await SignedInAsync("dispatcher");
        var queueRow = Row(await dispatcher.GetDocumentAsync("/Dispatch"), "queue-row", number);
        queueRow.ClassList.ShouldContain("table-warning");
        Yellow(queueRow, "/Dispatch");
        Yellow((await dispatcher.GetDocumentAsync($"/Dispatch/{number}")).QuerySelector("[data-testid=dispatch-clock]"), "/Dispatch/{n}");
        Yellow((await dispatcher.GetDocumentAsync($"/Tickets/{number}")).QuerySelector("[data-testid=dispatch-due]"), "/Tickets/{n}");
        using var supervisor = await SignedInAsync("supervisor");
        var workListRow = Row(await supervisor.GetDocumentAsync("/Supervision"), "clock-row", number);
        workListRow.GetAttribute("data-warning").ShouldBe(nameof(WarningLevel.Yellow));
        Yellow(workListRow, "/Supervision (dispatch clock)");

        await app.DispatchAsync(number, "heating");
        (await HalfwayAsync(number)).Clock.ShouldBe(ClockKind.SignFor);

        using var liaison = await SignedInAsync("liaison-heating");
        var workbenchRow = Row(await liaison.GetDocumentAsync("/Workbench"), "workbench-row", number);
        workbenchRow.ClassList.ShouldContain("table-warning");
        Yellow(workbenchRow, "/Workbench");
        Yellow((await liaison.GetDocumentAsync($"/Workbench/{number}")).QuerySelector("[data-testid=sign-for-clock]"), "/Workbench/{n}");
        // Sessions end after hours without a request: sign in again after the jump.
        using var supervisorLater = await SignedInAsync("supervisor");
        Yellow((await supervisorLater.GetDocumentAsync($"/Tickets/{number}")).QuerySelector("[data-testid=assignment] [data-testid=sign-for-clock]"), "/Tickets/{n} sign-for");
        var unitRow = Row(await supervisorLater.GetDocumentAsync("/Supervision"), "clock-row", number);
        unitRow.GetAttribute("data-warning").ShouldBe(nameof(WarningLevel.Yellow));
    }

    /// <summary>Moves the fake clock to the middle of the ticket's one running clock (as the running_clocks view names it).</summary>
    private async Task<TicketClock> HalfwayAsync(string number)
    {
        var clock = await app.QueryAsync(db => db.RunningClocks
            .Where(c => db.Tickets.Any(t => t.Id == c.TicketId && t.Number == number)).SingleAsync());
        var halfway = clock.StartedAt + ((clock.DueAt - clock.StartedAt) / 2);
        (halfway > app.Clock.GetUtcNow()).ShouldBeTrue("the clock has only just started");
        DeadlineWarning.Evaluate(clock.StartedAt, clock.DueAt, halfway).ShouldBe(WarningLevel.None, "the default share shows no colour yet");
        app.Clock.SetUtcNow(halfway);
        return clock;
    }

    private static IElement Row(IDocument page, string testId, string number) =>
        page.QuerySelector($"[data-testid={testId}][data-number='{number}']") ?? throw new ShouldAssertException($"No {testId} for {number}");

    private static void Yellow(IElement? scope, string where)
    {
        scope.ShouldNotBeNull(where);
        var clock = scope.QuerySelector("[data-testid=clock]");
        clock.ShouldNotBeNull(where);
        clock.GetAttribute("data-warning").ShouldBe(nameof(WarningLevel.Yellow), where);
        clock.ClassList.ShouldContain("clock-yellow", where);
        clock.QuerySelector("[data-testid=clock-left]").ShouldNotBeNull(where);
    }

    private async Task<HtmlClient> SignedInAsync(string user)
    {
        var client = new HtmlClient(app);
        await client.LoginAsync(user);
        return client;
    }

    /// <summary>The app with a yellow share of 0.6, over reference data only, so the one ticket is first in every queue.</summary>
    public sealed class WideWarningApp : HotlineWebFactory
    {
        protected override Task<string> CreateDatabaseAsync() => TestDatabase.CreateAsync(TestData.Reference);

        protected override void ConfigureVariant(IWebHostBuilder builder) =>
            builder.UseSetting("Hotline:WarningShare", Share.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
