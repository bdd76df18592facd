using System.Collections.Concurrent;
using System.Net;
using AngleSharp.Html.Dom;
using Hotline.Web.Tests.Http.Support;
using Hotline.Web.Tests.Infrastructure;
using Hotline.Web.Tests.Journeys;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using static Microsoft.Playwright.Assertions;

namespace Hotline.Web.Tests.Hardening;

/// <summary>
/// PostgreSQL crashes in the middle of a stream of intake posts and comes back: the app answers 503 with Retry-After
/// (never 500), keeps every form on its outage page, serves again without a restart, and every form sent again after the
/// database returned registers exactly one ticket. The database is a cluster of this test's own, stopped and started.
/// </summary>
public sealed class ADatabaseOutageIsACleanRecoverable503(ADatabaseOutageIsACleanRecoverable503.OutageApp app, BrowserFixture browser)
    : IClassFixture<ADatabaseOutageIsACleanRecoverable503.OutageApp>, IClassFixture<BrowserFixture>
{
    private const int Agents = 4;
    private const int CallsEach = 12;

    [Fact]
    public async Task Intake_posts_across_a_crash_answer_503_and_every_form_sent_again_registers_once()
    {
        var category = await IntakeForm.CategoryIdAsync(app, "utilities-heating");
        var clients = new List<(HtmlClient Client, IHtmlDocument Form)>();
        for (var i = 0; i < Agents; i++)
        {
            var client = new HtmlClient(app);
            await client.LoginAsync("agent");
            clients.Add((client, await client.OpenIntakeAsync()));
        }

        // An agent in the browser has typed a call when the database goes.
        var agent = await browser.SignInAsync(app, "agent");
        await agent.GotoAsync("/Intake");
        await agent.Locator("#Input_CallerPhone").FillAsync("13905350077");
        await agent.Locator("#Input_RequestType").SelectOptionAsync("HelpRequest");
        await agent.Locator("#Input_CategoryId").SelectOptionAsync(category.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await agent.Locator("#Input_Address").FillAsync("莱山区观海路幸福小区3号楼");
        await agent.Locator("#Input_Content").FillAsync("停电演练 浏览器：市民反映家中暖气不热，请尽快处理。");

        var accepted = new ConcurrentDictionary<Guid, string>();
        var unavailable = new ConcurrentDictionary<Guid, (HtmlClient Client, IHtmlDocument Page)>();
        var otherAnswers = new ConcurrentQueue<string>();
        var sent = 0;
        var crashNow = new TaskCompletionSource();
        var comeBackNow = new TaskCompletionSource();

        async Task CallsAsync(HtmlClient client, IHtmlDocument form, int agent)
        {
            for (var call = 0; call < CallsEach; call++)
            {
                var submission = Guid.NewGuid();
                var fields = IntakeForm.HeatingRequest(category);
                fields["Input.SubmissionId"] = submission.ToString();
                fields["Input.Content"] = $"停电演练 {agent}-{call}：市民反映小区暖气不热，请尽快处理。";
                using var response = await client.SubmitAsync(form, IntakeForm.Selector, fields, IntakeForm.Register);
                await Record(client, submission, response);
                var count = Interlocked.Increment(ref sent);
                (count >= 8 ? crashNow : null)?.TrySetResult();
                (count >= 24 ? comeBackNow : null)?.TrySetResult();
            }
        }

        async Task Record(HtmlClient client, Guid submission, HttpResponseMessage response)
        {
            if (response.StatusCode == HttpStatusCode.Redirect)
            {
                accepted[submission] = response.RedirectQuery("done")!;
            }
            else if (response.StatusCode == HttpStatusCode.ServiceUnavailable && response.Headers.RetryAfter is not null)
            {
                unavailable[submission] = (client, await HtmlClient.ParseAsync(response));
            }
            else
            {
                otherAnswers.Enqueue($"{submission}: {(int)response.StatusCode}");
            }
        }

        // The crash comes while the agents are sending; the cluster comes back while they still are.
        var stream = Task.WhenAll(clients.Select((c, i) => Task.Run(() => CallsAsync(c.Client, c.Form, i))));
        if (await Task.WhenAny(crashNow.Task, stream) == stream)
        {
            await stream;
        }

        await app.Cluster.StopAsync();
        using (var list = await clients[0].Client.GetAsync("/Tickets?culture=en"))
        {
            list.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
            list.Headers.RetryAfter!.Delta.ShouldBe(TimeSpan.FromSeconds(5));
            var shown = await HtmlClient.ParseAsync(list);
            shown.QuerySelector("h1")!.TextContent.ShouldBe("The system is briefly unavailable");
            shown.QuerySelector("[data-testid=outage-retry]")!.GetAttribute("href").ShouldBe("/Tickets?culture=en");
        }

        await agent.Locator("[data-testid=register]").ClickAsync();
        await Expect(agent.Locator("h1")).ToHaveTextAsync("系统暂时不可用");
        await BrowserFixture.ScreenshotAsync(agent, "outage-intake");

        await Task.WhenAny(comeBackNow.Task, stream);
        await app.Cluster.StartAsync();
        await stream;

        // Back: the agent sends the kept form again and it is registered.
        await agent.Locator("[data-testid=outage-resend]").ClickAsync();
        await Expect(agent.Locator("[data-testid=done-banner]")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(agent, "outage-intake-resent");

        otherAnswers.ShouldBeEmpty();
        unavailable.ShouldNotBeEmpty();
        var page = unavailable.Values.First().Page;
        page.QuerySelector("h1")!.TextContent.ShouldBe("系统暂时不可用");
        page.QuerySelector("[data-testid=outage-form] input[name='Input.Content']").ShouldNotBeNull();

        // Every refused form is sent again from its outage page (the 重新提交 button), some accepted ones a second time.
        foreach (var (submission, (client, outage)) in unavailable)
        {
            using var resent = await client.SubmitAsync(outage, "[data-testid=outage-form]", new Dictionary<string, string>());
            resent.StatusCode.ShouldBe(HttpStatusCode.Redirect, $"resending {submission}");
            accepted[submission] = resent.RedirectQuery("done")!;
        }

        foreach (var (submission, number) in accepted.Take(3).ToList())
        {
            var fields = IntakeForm.HeatingRequest(category);
            fields["Input.SubmissionId"] = submission.ToString();
            using var again = await clients[1].Client.SubmitAsync(clients[1].Form, IntakeForm.Selector, fields, IntakeForm.Register);
            again.RedirectQuery("done")!.ShouldBe(number);
        }

        accepted.Count.ShouldBe(Agents * CallsEach);
        var stored = await app.QueryAsync(db => db.Tickets.Where(t => t.Content.StartsWith("停电演练")).Select(t => t.Number).ToListAsync());
        var browserTicket = (await agent.Locator("[data-testid=done-ticket]").TextContentAsync())!.Trim();
        stored.Count.ShouldBe(Agents * CallsEach + 1);
        stored.ShouldBe(accepted.Values.Append(browserTicket), ignoreOrder: true);
        foreach (var (client, _) in clients)
        {
            client.Dispose();
        }
    }

    /// <summary>The app over a database in a cluster of its own, migrated and seeded by the app itself at start.</summary>
    public sealed class OutageApp : HotlineWebFactory
    {
        public OwnCluster Cluster { get; private set; } = null!;

        protected override async Task<string> CreateDatabaseAsync()
        {
            Cluster = await OwnCluster.CreateAsync();
            return Cluster.ConnectionString("hotline");
        }

        protected override async Task DropDatabaseAsync(string connectionString) => await Cluster.DisposeAsync();

        protected override void ConfigureVariant(IWebHostBuilder builder) => builder
            .UseSetting("Hotline:SkipDatabaseInitialization", "false")
            .UseSetting("Hotline:SeedDemoData", "true")
            .UseSetting("Hotline:DemoTicketCount", "20");
    }
}
