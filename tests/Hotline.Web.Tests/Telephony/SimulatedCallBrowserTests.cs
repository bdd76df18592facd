using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Hotline.Domain.Telephony;
using Hotline.Domain.Tickets;
using Hotline.Testing;
using Hotline.Web.Tests.Infrastructure;
using Hotline.Web.Tests.Journeys;
using Microsoft.EntityFrameworkCore;
using static Microsoft.Playwright.Assertions;

namespace Hotline.Web.Tests.Telephony;

/// <summary>
/// An agent's working day on the intake screen, driven by the call-day simulator itself (tools/callday.py --call-to):
/// the agent's own toolbar (docs/decisions/0030) takes a meal break and comes back ready without losing what the form
/// holds; the simulator plays a call answered by that agent through the events API; the screen fills in the number and
/// history within a second; the agent registers the ticket linked to the call, then after-call work; the supervisor's
/// agents page shows the toolbar's not-ready and after-call time next to the answered call.
/// </summary>
public sealed class SimulatedCallBrowserTests(HotlineWebFactory app, BrowserFixture browser)
    : IClassFixture<HotlineWebFactory>, IClassFixture<BrowserFixture>
{
    private static readonly Microsoft.Playwright.LocatorAssertionsToHaveTextOptions WithinASecond = new() { Timeout = 1_000 };

    [Fact]
    public async Task The_toolbar_sets_the_agents_state_and_a_call_the_simulator_answers_pops_onto_the_agents_screen()
    {
        using var api = await new TelephonyApi(app).WithKeyAsync();
        var page = await browser.SignInAsync(app);
        await Expect(page).ToHaveURLAsync(new Regex("/Intake$"));
        await Expect(page.Locator("#intake-form")).ToHaveAttributeAsync("data-live", "1");
        // The toolbar comes after the intake form: the intake form is still the first form of the page's main part.
        (await page.EvaluateAsync<string>("document.querySelector('main form').id")).ShouldBe("intake-form");
        await Expect(page.Locator("[data-testid=agent-state]")).ToHaveTextAsync("未知");

        // A meal break: the toolbar changes without leaving the page, so what the agent typed stays.
        await page.Locator("#Input_CallerName").FillAsync("未提交的姓名");
        await page.Locator("[data-testid=agent-reason]").SelectOptionAsync("meal");
        await page.Locator("[data-testid=agent-not-ready]").ClickAsync();
        await Expect(page.Locator("[data-testid=agent-state]")).ToHaveTextAsync("示忙 · 用餐");
        await Expect(page.Locator("#Input_CallerName")).ToHaveValueAsync("未提交的姓名");
        await BrowserFixture.ScreenshotAsync(page, "agent-toolbar-1-not-ready");
        await page.Locator("#Input_CallerName").FillAsync(string.Empty);

        app.Clock.Advance(TimeSpan.FromMinutes(10));
        await page.Locator("[data-testid=agent-ready]").ClickAsync();
        await Expect(page.Locator("[data-testid=agent-state]")).ToHaveTextAsync("空闲");
        app.Clock.Advance(TimeSpan.FromMinutes(1));

        // The simulator answers a call to this agent: offered 20 s ago, answered after 9 s, still on.
        await SimulateCallAsync(api.Key, "agent", Journey.RepeatCaller, "SIM-0001", app.Clock.GetUtcNow().AddSeconds(-20), waitSeconds: 9);
        await Expect(page.Locator("#Input_CallerPhone")).ToHaveValueAsync(Journey.RepeatCaller, new() { Timeout = 1_000 });
        await Expect(page.Locator("[data-testid=platform-call-id]")).ToHaveTextAsync("SIM-0001", WithinASecond);
        await Expect(page.Locator("#history-panel [data-testid=history-count]")).ToHaveTextAsync("2", WithinASecond);
        await BrowserFixture.ScreenshotAsync(page, "simulated-call-1-popped");

        await page.Locator("#Input_RequestType").SelectOptionAsync(nameof(RequestType.HelpRequest));
        var search = page.Locator("#category-search");
        await search.PressSequentiallyAsync("供暖");
        await search.PressAsync("Enter");
        await page.Locator("#Input_Address").FillAsync("莱山区XX小区5号楼");
        await page.Locator("#Input_Content").FillAsync("来电反映楼道暖气管漏水，请热力公司尽快上门检修。");
        await page.Locator("[data-testid=register]").ClickAsync();
        await Expect(page.Locator("[data-testid=done-banner]")).ToBeVisibleAsync();
        var number = (await page.Locator("[data-testid=done-ticket]").TextContentAsync())!.Trim();
        var linked = await app.DbAsync(db => db.Calls.Where(c => c.TicketId == db.Tickets.Single(t => t.Number == number).Id)
            .Select(c => db.PhoneCalls.Where(p => p.Id == c.PhoneCallId).Select(p => p.PlatformCallId).Single()).SingleAsync());
        linked.ShouldBe("SIM-0001");

        // The platform said "on call" with the answer; the agent wraps up, then is ready again.
        await Expect(page.Locator("[data-testid=agent-state]")).ToHaveTextAsync("通话中");
        await page.Locator("[data-testid=agent-acw]").ClickAsync();
        await Expect(page.Locator("[data-testid=agent-state]")).ToHaveTextAsync("话后处理");
        await BrowserFixture.ScreenshotAsync(page, "simulated-call-2-after-call-work");
        app.Clock.Advance(TimeSpan.FromMinutes(2));
        await page.Locator("[data-testid=agent-ready]").ClickAsync();
        await Expect(page.Locator("[data-testid=agent-state]")).ToHaveTextAsync("空闲");

        // Every change was stored as the platform's own agentState event, the toolbar's told by their ids.
        var kept = await app.DbAsync(db => db.TelephonyEvents.Where(e => e.Agent == "agent" && e.Kind == CallEventKind.AgentState)
            .OrderBy(e => e.At).Select(e => new { e.EventId, e.State }).ToListAsync());
        kept.Select(e => e.State).ShouldBe([AgentStateKind.NotReady, AgentStateKind.Ready, AgentStateKind.OnCall, AgentStateKind.AfterCallWork, AgentStateKind.Ready]);
        kept.Count(e => e.EventId.StartsWith(AgentToolbar.EventIdPrefix, StringComparison.Ordinal)).ShouldBe(4);

        var supervisor = await browser.SignInAsync(app, "supervisor");
        await supervisor.GotoAsync("/Supervision/Agents");
        var row = supervisor.Locator("[data-testid=agent-row][data-agent=agent]");
        await Expect(row.Locator("[data-testid=agent-answered]")).ToHaveTextAsync("1");
        // The call is still on: it has no handle time yet, and is not averaged in as a zero.
        await Expect(row.Locator("[data-testid=agent-aht]")).ToHaveTextAsync("—");
        await Expect(row.Locator("[data-testid=agent-not-ready]")).ToHaveTextAsync("10:00");
        await Expect(row.Locator("[data-testid=agent-acw]")).ToHaveTextAsync("2:00");
        await BrowserFixture.ScreenshotAsync(supervisor, "simulated-call-3-agents");
    }

    /// <summary>tools/callday.py --call-to: one call, offered at <paramref name="offered"/>, answered by <paramref name="agent"/>.</summary>
    private async Task SimulateCallAsync(string key, string agent, string caller, string callId, DateTimeOffset offered, int waitSeconds)
    {
        var start = new ProcessStartInfo("python3")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryRoot,
        };
        foreach (var argument in new[]
                 {
                     Path.Combine("tools", "callday.py"), "--url", app.BaseAddress.ToString().TrimEnd('/'), "--key", key, "--call-to", agent,
                     "--caller", caller, "--call-id", callId, "--at", offered.ToString("o", CultureInfo.InvariantCulture),
                     "--wait", waitSeconds.ToString(CultureInfo.InvariantCulture),
                 })
        {
            start.ArgumentList.Add(argument);
        }

        using var simulator = Process.Start(start)!;
        var output = simulator.StandardOutput.ReadToEndAsync();
        var errors = simulator.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await simulator.WaitForExitAsync(timeout.Token);
        simulator.ExitCode.ShouldBe(0, $"{await output}\n{await errors}");
        (await output).ShouldContain($"answered     {callId} -> 200");
    }

    private static readonly string RepositoryRoot = FindRepositoryRoot();

    private static string FindRepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Hotline.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Hotline.sln not found above the test assembly.");
    }
}
