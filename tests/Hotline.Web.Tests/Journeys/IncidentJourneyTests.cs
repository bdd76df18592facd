using System.Globalization;
using System.Text.RegularExpressions;
using Hotline.Domain.Calls;
using Hotline.Web.RealTime;
using Hotline.Web.Tests.FollowUp;
using Hotline.Web.Tests.Incidents;
using Hotline.Web.Tests.Infrastructure;
using Hotline.Web.Tests.Workbench;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Hotline.Web.Tests.Journeys;

/// <summary>Issue 18 §5 in the browser: an incident with 20 attached calls, counted live on the wall, closed with one bulk callback.</summary>
public sealed partial class IncidentJourneyTests(HotlineWebFactory app, BrowserFixture browser)
    : IClassFixture<HotlineWebFactory>, IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task An_incident_with_20_attached_calls_closed_with_one_bulk_callback()
    {
        var master = await app.DispatchedTicketAsync("heating", content: "市民反映高新区多个小区暖气不热，室温只有十度，疑似换热站故障。");
        var heating = await app.DbAsync(db => db.Categories.Where(c => c.Code == "utilities-heating").Select(c => c.Id).SingleAsync());

        // The supervisor declares the cold snap with the first caller's ticket as its master.
        var supervisor = await browser.SignInAsync(app, "supervisor");
        await supervisor.GotoAsync("/Supervision/Incidents");
        await supervisor.Locator("#Input_Name").FillAsync("寒潮：供暖不足");
        await supervisor.Locator("#Input_CategoryId").SelectOptionAsync(heating.ToString(CultureInfo.InvariantCulture));
        await supervisor.Locator("#Input_MasterTicketNumber").FillAsync(master);
        await BrowserFixture.ScreenshotAsync(supervisor, "incident-1-declare");
        await supervisor.Locator("[data-testid=declare]").ClickAsync();
        await Expect(supervisor.Locator("[data-testid=incident-name]")).ToHaveTextAsync("寒潮：供暖不足");
        await Expect(supervisor.Locator("[data-testid=incident-stage]")).ToHaveAttributeAsync("data-stage", "Active");
        var id = int.Parse(new Uri(supervisor.Url).Query.Split('=')[1], CultureInfo.InvariantCulture);

        // The wall shows the incident and counts its calls as they are attached.
        var wall = await browser.SignInAsync(app, "supervisor");
        await wall.GotoAsync("/Dashboards/Wall");
        var count = wall.Locator($"[data-incident-count='{id}']");
        await Expect(count).ToHaveTextAsync("0");
        await Expect(wall.Locator("#incidents-live")).ToHaveAttributeAsync("data-live", "1");

        // At intake the incident is offered first; one click (a double click, even) attaches the call once.
        var agent = await browser.SignInAsync(app, "agent");
        await agent.GotoAsync("/Intake");
        var offer = agent.Locator($"[data-testid=incident-offer-row][data-id='{id}']");
        await Expect(offer).ToBeVisibleAsync();
        await agent.Locator("#Input_CallerPhone").FillAsync("13905350001");
        await agent.Locator("#Input_Content").FillAsync("我家暖气也不热，就十度。");
        await BrowserFixture.ScreenshotAsync(agent, "incident-2-intake-offer");
        Quiet();
        await offer.Locator("[data-testid=attach-incident]").DblClickAsync();
        await Expect(agent.Locator("[data-testid=done-banner]")).ToContainTextAsync(master);
        await Expect(count).ToHaveTextAsync("1");

        // A second caller whose category the agent picked: the offer is asked again and still holds the incident.
        await agent.Locator("#Input_CallerPhone").FillAsync("13905350002");
        // A category found by typing in the search box is asked about too: noise is no cold snap.
        await agent.Locator("#category-search").FillAsync("噪声");
        await Expect(offer).ToBeHiddenAsync();
        await agent.Locator("#Input_CategoryId").SelectOptionAsync(heating.ToString(CultureInfo.InvariantCulture));
        await Expect(offer).ToBeVisibleAsync();
        Quiet();
        await offer.Locator("[data-testid=attach-incident]").ClickAsync();
        await Expect(agent.Locator("[data-testid=done-banner]")).ToContainTextAsync(master);

        // Eighteen more callers, as the other agents attach them.
        await app.AttachCallsAsync(id, 18, "1370035");
        Quiet();
        app.AppServices.GetRequiredService<IncidentPush>().Changed();
        await Expect(count).ToHaveTextAsync("20");
        await BrowserFixture.ScreenshotAsync(wall, "incident-3-wall-live");
        var attached = await app.DbAsync(db => db.Calls.CountAsync(c => c.Outcome == CallOutcome.IncidentAttached
            && db.IncidentCalls.Any(i => i.CallId == c.Id && i.IncidentId == id)));
        attached.ShouldBe(20, "the double click attached one call");
        (await app.DbAsync(db => db.Assignments.CountAsync(a => db.Tickets.Any(t => t.Id == a.TicketId && t.Number == master)))).ShouldBe(1, "no new dispatch");

        // The same screens in English: the declaration form, the offer at intake, the wall's live count, the incident's page.
        var englishSupervisor = await EnglishAsync("supervisor");
        await ShowsOnlyEnglishAsync(englishSupervisor, "/Supervision/Incidents", "incident-en-1-declare", $"[data-testid=incident-row][data-id='{id}']");
        var englishAgent = await EnglishAsync("agent");
        await ShowsOnlyEnglishAsync(englishAgent, "/Intake", "incident-en-2-intake-offer", $"[data-testid=incident-offer-row][data-id='{id}']");
        await ShowsOnlyEnglishAsync(englishSupervisor, "/Dashboards/Wall", "incident-en-3-wall-live", $"[data-incident-count='{id}']");
        await Expect(englishSupervisor.Locator($"[data-incident-count='{id}']")).ToHaveTextAsync("20");
        await ShowsOnlyEnglishAsync(englishSupervisor, $"/Supervision/Incidents/Details?id={id}", "incident-en-3-running", "[data-testid=figure-attached]");

        // The unit resolves the master; an agent lists the twenty callers and records them in one save.
        await app.ResolveAsync(master);
        // The agents find it in their callback queue.
        await agent.GotoAsync("/FollowUp");
        await agent.Locator("[data-testid=incident-callbacks] [data-testid=incident-callback-link]").ClickAsync();
        await Expect(agent).ToHaveURLAsync(new Regex($"/FollowUp/Incident\\?id={id}$"));
        Quiet();
        await agent.Locator("[data-testid=list-callbacks]").ClickAsync();
        await Expect(agent.Locator("[data-testid=callbacks-done]")).ToContainTextAsync("20");
        await Expect(agent.Locator("[data-testid=callback-row]")).ToHaveCountAsync(20);
        await Expect(agent.Locator("[data-testid=callbacks-errors]")).ToHaveCountAsync(0);
        await agent.Locator("[data-testid=fill-satisfied]").ClickAsync();
        var unhappy = agent.Locator("[data-testid=callback-row]").Nth(3);
        await unhappy.Locator("[data-field=satisfaction]").SelectOptionAsync("Dissatisfied");
        await unhappy.Locator("[data-field=solved]").SelectOptionAsync("false");
        await unhappy.Locator("input[name$='CitizenWords']").FillAsync("楼上还是不热。");
        await BrowserFixture.ScreenshotAsync(agent, "incident-4-bulk-callback");
        Quiet();
        await agent.Locator("[data-testid=save-callbacks]").ClickAsync();
        await Expect(agent.Locator("[data-testid=callbacks-done]")).ToContainTextAsync("20");
        await Expect(agent.Locator("[data-testid=incident-stage]")).ToHaveAttributeAsync("data-stage", "Closed");
        await Expect(agent.Locator("[data-testid=callback-row][data-done='1']")).ToHaveCountAsync(20);
        await BrowserFixture.ScreenshotAsync(agent, "incident-5-closed");

        // The supervisor's page: closed, the figures of the report, and the export.
        await supervisor.GotoAsync($"/Supervision/Incidents/Details?id={id}");
        await Expect(supervisor.Locator("[data-testid=incident-stage]")).ToHaveAttributeAsync("data-stage", "Closed");
        await Expect(supervisor.Locator("[data-testid=figure-attached]")).ToHaveTextAsync("20");
        await Expect(supervisor.Locator("[data-testid=figure-listed]")).ToHaveTextAsync("20");
        await Expect(supervisor.Locator("[data-testid=figure-satisfaction]")).ToContainTextAsync("95");
        await BrowserFixture.ScreenshotAsync(supervisor, "incident-6-report");
        var export = await supervisor.APIRequest.GetAsync($"/Supervision/Incidents/Details?id={id}&handler=Csv");
        export.Status.ShouldBe(200);
        (await export.TextAsync()).ShouldContain("回访满意率");
        var stage = await app.DbAsync(db => db.IncidentCallbacks.CountAsync(c => c.IncidentId == id && c.Done));
        stage.ShouldBe(20);
        await Expect(wall.Locator($"[data-incident='{id}']")).ToHaveCountAsync(0);

        // Closed, in English: the callers' outcomes, the report and its export.
        await ShowsOnlyEnglishAsync(englishAgent, $"/FollowUp/Incident?id={id}", "incident-en-5-closed", "[data-testid=callback-row][data-done='1']");
        await ShowsOnlyEnglishAsync(englishSupervisor, $"/Supervision/Incidents/Details?id={id}", "incident-en-6-report", "[data-testid=figure-satisfaction]");
        var englishExport = await englishSupervisor.APIRequest.GetAsync($"/Supervision/Incidents/Details?id={id}&handler=Csv");
        (await englishExport.TextAsync()).ShouldContain("Callback satisfaction");

        // The measures: the month's incidents on the dashboard, and the heating unit's page (it leads the master).
        await supervisor.GotoAsync("/Dashboards");
        var measure = supervisor.Locator($"[data-testid=incident-measure][data-id='{id}']");
        await Expect(measure.Locator("[data-testid=measure-attached]")).ToHaveTextAsync("20");
        await Expect(measure.Locator("[data-testid=measure-called-back]")).ToContainTextAsync("100.0%");
        await Expect(measure.Locator("[data-testid=measure-resolution]")).Not.ToHaveTextAsync("—");
        await measure.ScrollIntoViewIfNeededAsync();
        await BrowserFixture.ScreenshotAsync(supervisor, "incident-7-dashboard-measures");
        await ShowsOnlyEnglishAsync(englishSupervisor, "/Dashboards", "incident-en-7-dashboard-measures", $"[data-testid=incident-measure][data-id='{id}']");
        await supervisor.GotoAsync($"/Units/Performance?id={(await app.UnitAsync("heating")).Id}");
        await Expect(supervisor.Locator($"[data-testid=incident-measure][data-id='{id}'] [data-testid=measure-attached]")).ToHaveTextAsync("20");
        await BrowserFixture.ScreenshotAsync(supervisor, "incident-8-unit-measures");
    }

    [Fact]
    public async Task A_supervisor_registers_the_master_on_the_declaration_form()
    {
        var water = await app.DbAsync(db => db.Categories.Where(c => c.Code == "utilities-water-outage").Select(c => c.Id).SingleAsync());
        var supervisor = await browser.SignInAsync(app, "supervisor");
        await supervisor.GotoAsync("/Supervision/Incidents");
        var fields = supervisor.Locator("[data-testid=master-new-fields]");
        await Expect(fields).ToBeHiddenAsync();
        await supervisor.Locator("#Input_Name").FillAsync("爆管：南大街停水");
        await supervisor.Locator("#Input_CategoryId").SelectOptionAsync(water.ToString(CultureInfo.InvariantCulture));
        await supervisor.Locator("[data-testid=master-new]").CheckAsync();
        await Expect(fields).ToBeVisibleAsync();
        await Expect(supervisor.Locator("#Input_MasterTicketNumber")).ToBeHiddenAsync();
        await supervisor.Locator("#Input_MasterCallerPhone").FillAsync("13905358811");
        await supervisor.Locator("#Input_MasterRequestType").SelectOptionAsync("HelpRequest");
        await supervisor.Locator("#Input_MasterAddress").FillAsync("芝罘区南大街 100 号");

        // The report left out: refused next to its field, the new master's fields still shown with what was typed.
        await supervisor.Locator("[data-testid=declare]").ClickAsync();
        await Expect(supervisor.Locator("[data-valmsg-for='Input.MasterContent']")).Not.ToBeEmptyAsync();
        await Expect(fields).ToBeVisibleAsync();
        await Expect(supervisor.Locator("#Input_MasterCallerPhone")).ToHaveValueAsync("13905358811");
        await supervisor.Locator("#Input_MasterContent").FillAsync("南大街主水管爆裂，整条街停水，路面积水。");
        await BrowserFixture.ScreenshotAsync(supervisor, "incident-0-declare-new-master");
        await supervisor.Locator("[data-testid=declare]").ClickAsync();

        await Expect(supervisor.Locator("[data-testid=incident-name]")).ToHaveTextAsync("爆管：南大街停水");
        var number = await supervisor.Locator("[data-testid=incident-master]").TextContentAsync();
        var master = await app.DbAsync(db => db.Tickets.Where(t => t.Number == number).Select(t => new { t.Status, t.CallerPhone, t.CategoryId }).SingleAsync());
        master.ShouldBe(new { Status = Domain.Tickets.TicketStatus.PendingDispatch, CallerPhone = "13905358811", CategoryId = water });
        await BrowserFixture.ScreenshotAsync(supervisor, "incident-0-declared-with-new-master");
        // The declaration pushed to the walls: a second passes, so the other journey's first push is not gathered into this one.
        Quiet();
    }

    /// <summary>The wall's pushes go out at most once a second on the app's (fake) clock: a second passes between acts.</summary>
    private void Quiet() => app.Clock.Advance(TimeSpan.FromSeconds(2));

    /// <summary>A second session of <paramref name="user"/> switched to English with the layout's language button.</summary>
    private async Task<IPage> EnglishAsync(string user)
    {
        var page = await browser.SignInAsync(app, user);
        await page.Locator("[data-testid=switch-language]").ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        return page;
    }

    /// <summary>
    /// The page in English once <paramref name="ready"/> shows: nothing in its main part left in Chinese but what people typed
    /// or are called (the incident's name, callers' names and words, users' names).
    /// </summary>
    private async Task ShowsOnlyEnglishAsync(IPage page, string url, string screenshot, string ready)
    {
        await page.GotoAsync(url);
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(page.Locator(ready).First).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, screenshot);
        var names = await app.DbAsync(db => db.Users.Select(u => u.DisplayName).ToListAsync());
        var typed = new[]
        {
            "寒潮：供暖不足", "爆管：南大街停水", "楼上还是不热。", "我家暖气也不热，就十度。", "家里暖气不热。",
            IncidentWebSteps.Supervisor.Actor.DisplayName, IncidentWebSteps.Agent.Actor.DisplayName,
        };
        var text = string.Join('\n', [await page.Locator("main").InnerTextAsync(), .. await page.Locator("main option").AllTextContentsAsync()]);
        text = typed.Concat(names).Where(n => n.Length > 0).OrderByDescending(n => n.Length)
            .Aggregate(CallerName().Replace(text, string.Empty), (left, n) => left.Replace(n, string.Empty, StringComparison.Ordinal));
        Han().Matches(text).Select(m => m.Value).Distinct().ToList().ShouldBeEmpty(url);
    }

    [GeneratedRegex(@"市民\d+")]
    private static partial Regex CallerName();

    [GeneratedRegex(@"[^\n]*\p{IsCJKUnifiedIdeographs}[^\n]*")]
    private static partial Regex Han();
}
