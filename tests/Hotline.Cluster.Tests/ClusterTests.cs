using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using Hotline.Domain.Tickets;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace Hotline.Cluster.Tests;

/// <summary>
/// Hotline on three nodes behind HAProxy over a primary and a hot standby (issue 19): the journeys through the load
/// balancer with every request on another node than the last, a live message across nodes, the standby's dashboards, a
/// node killed during intake, and the standby promoted.
/// </summary>
[TestCaseOrderer(InOrder.Name, InOrder.Assembly)]
public sealed class ClusterTests(ClusterFixture cluster) : IClassFixture<ClusterFixture>
{
    private const string RepeatCaller = "13805350001";

    [Fact]
    public async Task S1_the_journeys_pass_through_the_load_balancer_with_each_request_on_another_node()
    {
        var journal = new List<string>();
        var agent = await SignedInAsync("agent", journal);
        var heating = await UnitIdAsync("heating");

        // 1. The repeat caller's history, an urgent heating request registered, dispatched to the suggested unit.
        var intake = await agent.GetDocumentAsync($"/Intake?phone={RepeatCaller}");
        intake.QuerySelectorAll("[data-testid=history-item]").Length.ShouldBeGreaterThanOrEqualTo(2);
        var number = await RegisterAsync(agent, intake, "莱山区XX小区3号楼家中暖气不热，室温只有12度，家中有老人。");
        var dispatcher = await SignedInAsync("dispatcher", journal);
        await DispatchAsync(dispatcher, number, heating);
        (await StatusAsync(number)).ShouldBe(TicketStatus.Dispatched);

        // 2. The heating company's liaison signs for it, records contact, resolves; another unit's liaison cannot open it.
        var liaison = await SignedInAsync("liaison-heating", journal);
        await HandleAsync(liaison, number);
        (await StatusAsync(number)).ShouldBe(TicketStatus.Resolved);
        var other = await SignedInAsync("liaison-water", journal);
        (await other.GetAsync($"/Tickets/{number}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.GetAsync($"/Workbench/{number}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // 3. The callback: dissatisfied → round 2 at the same unit; resolved again, the second callback closes it.
        await CallbackAsync(agent, number, new()
        {
            ["Input.Reached"] = "true",
            ["Input.Satisfaction"] = "Dissatisfied",
            ["Input.Solved"] = "false",
            ["Input.CitizenWords"] = "暖气还是不热。",
            ["Input.Reopen"] = "true",
            ["Input.ReopenReason"] = "市民称暖气仍不热，请重新上门。",
        });
        (await StatusAsync(number)).ShouldBe(TicketStatus.Dispatched);
        (await cluster.QueryAsync("SELECT round FROM tickets WHERE number = @n", Scalar<int>, null, ("n", number))).ShouldBe(2);
        await HandleAsync(liaison, number);
        await CallbackAsync(agent, number, new() { ["Input.Reached"] = "true", ["Input.Satisfaction"] = "Satisfied", ["Input.Solved"] = "true" });
        (await StatusAsync(number)).ShouldBe(TicketStatus.Closed);

        // 4. A misrouted ticket: the water company asks to return it, the dispatcher approves and re-dispatches it.
        var misrouted = await RegisterAsync(agent, await agent.GetDocumentAsync("/Intake"), "小区暖气片漏水，需热力公司处理。");
        await DispatchAsync(dispatcher, misrouted, await UnitIdAsync("water"));
        var water = await other.GetDocumentAsync($"/Workbench/{misrouted}");
        await RedirectsAsync(await other.SubmitAsync(water, "#return-form", new Dictionary<string, string> { ["Return.Kind"] = "NotOurResponsibility", ["Return.Reason"] = "属供热问题，不属本单位职责。" }), "return");
        var returns = await dispatcher.GetDocumentAsync("/Dispatch/Returns");
        var row = returns.QuerySelectorAll("[data-testid=return-row]").Single(r => r.GetAttribute("data-number") == misrouted);
        var approve = row.QuerySelector("[data-testid=approve-return]")!.GetAttribute("formaction")!;
        await RedirectsAsync(await dispatcher.SubmitAsync(returns, $"#return-{misrouted}", new Dictionary<string, string> { ["Input.Note"] = "改派热力公司" }, approve), "approve the return");
        (await StatusAsync(misrouted)).ShouldBe(TicketStatus.PendingDispatch);
        await DispatchAsync(dispatcher, misrouted, heating);
        (await cluster.QueryAsync("SELECT lead_unit_id FROM tickets WHERE number = @n", Scalar<int>, null, ("n", misrouted))).ShouldBe(heating);

        // 5. The supervisor's dashboard and the month's ranking exported to Excel.
        var supervisor = await SignedInAsync("supervisor", journal);
        (await supervisor.GetDocumentAsync("/Dashboards")).QuerySelector("[data-testid=kpi-registered-value]").ShouldNotBeNull();
        var today = DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var excel = await supervisor.GetAsync($"/Dashboards/Ranking?handler=Excel&Kind=Month&Date={today}");
        excel.StatusCode.ShouldBe(HttpStatusCode.OK);
        excel.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        // 6. A consultation answered during the call is closed at once.
        var answered = await agent.SubmitAsync(await agent.GetDocumentAsync("/Intake"), "#intake-form", new Dictionary<string, string>
        {
            ["Input.CallerPhone"] = "13905359999",
            ["Input.RequestType"] = "Consultation",
            ["Input.CategoryId"] = (await CategoryIdAsync("utilities-heating-fee")).ToString(CultureInfo.InvariantCulture),
            ["Input.Content"] = "市民咨询今年供暖从哪天开始。",
            ["Input.AnswerNote"] = "已告知市民供暖自11月15日开始。",
        }, "/Intake?handler=Answer");
        answered.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await StatusAsync(Query(answered, "done"))).ShouldBe(TicketStatus.Closed);

        // Round-robin, no stickiness: every request landed on another node than the request before it, and every node
        // served each person's session.
        journal.Count.ShouldBeGreaterThan(30);
        journal.Zip(journal.Skip(1)).ShouldAllBe(pair => pair.First != pair.Second);
        foreach (var client in new[] { agent, dispatcher, liaison, other, supervisor })
        {
            client.Nodes.Distinct().Count().ShouldBe(ClusterFixture.Nodes);
        }
    }

    [Fact]
    public async Task S2_a_ticket_registered_on_one_node_is_announced_to_a_dispatcher_connected_to_another()
    {
        var dispatcher = new ClusterClient(cluster.Node(2));
        await dispatcher.LoginAsync("dispatcher");
        var announced = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(cluster.Node(2), "hubs/live"), o =>
            {
                o.Cookies = dispatcher.Cookies;
                o.Transports = HttpTransportType.WebSockets;
                o.SkipNegotiation = true;
            })
            .Build();
        connection.On<string>("ticketRegistered", number => announced.TrySetResult(number));
        await connection.StartAsync();

        var agent = new ClusterClient(cluster.Node(1));
        await agent.LoginAsync("agent");
        var number = await RegisterAsync(agent, await agent.GetDocumentAsync("/Intake"), "楼道灯不亮，请物业维修。");

        (await announced.Task.WaitAsync(TimeSpan.FromSeconds(30))).ShouldBe(number);
    }

    [Fact]
    public async Task S3_dashboards_from_the_standby_equal_the_primarys_and_fall_back_when_it_stops()
    {
        var supervisor = await SignedInAsync("supervisor");
        var agent = await SignedInAsync("agent");
        await RegisterAsync(agent, await agent.GetDocumentAsync("/Intake"), "路灯不亮，请尽快维修。");

        // Once the standby has replayed everything, the dashboard reads it, with the figures of the primary.
        var fromStandby = await WaitForDashboardAsync(supervisor, d => Source(d) == "Replica" && d.QuerySelector("[data-testid=read-source]")!.GetAttribute("data-lag") == "0.0");
        (await cluster.QueryAsync("SELECT count(*) FROM tickets WHERE registered_at >= date_trunc('day', now() AT TIME ZONE 'Asia/Shanghai') AT TIME ZONE 'Asia/Shanghai'", Scalar<long>, cluster.StandbyPort))
            .ShouldBe(await cluster.QueryAsync("SELECT count(*) FROM tickets WHERE registered_at >= date_trunc('day', now() AT TIME ZONE 'Asia/Shanghai') AT TIME ZONE 'Asia/Shanghai'", Scalar<long>));

        await cluster.RunAsync("stop-standby");
        try
        {
            var fromPrimary = await WaitForDashboardAsync(supervisor, d => Source(d) == "PrimaryReplicaDown");
            Figures(fromPrimary).ShouldBe(Figures(fromStandby));
            supervisor.Nodes.ShouldNotBeEmpty();
        }
        finally
        {
            await cluster.RunAsync("start-standby");
        }
    }

    [Fact]
    public async Task S4_a_node_killed_during_intake_posts_loses_and_duplicates_no_ticket()
    {
        var agent = await SignedInAsync("agent");
        var category = (await CategoryIdAsync("utilities-heating")).ToString(CultureInfo.InvariantCulture);
        var page = await agent.GetDocumentAsync("/Intake");
        var accepted = new Dictionary<string, string>();
        var retried = 0;
        for (var i = 0; i < 24; i++)
        {
            if (i == 8)
            {
                await cluster.RunAsync("kill-node", "2");
            }

            // Each call has its submission id; a post that fails is sent again with the same one, as the outage page does.
            var submission = Guid.NewGuid().ToString();
            var fields = ClusterClient.Fields(page, "#intake-form", Heating(category, $"暖气不热，第{i}户，请上门检修。", submission));
            for (var attempt = 0; ; attempt++)
            {
                HttpResponseMessage? response = null;
                try
                {
                    response = await agent.PostAsync("/Intake?handler=Register", fields);
                }
                catch (HttpRequestException)
                {
                }

                if (response?.StatusCode == HttpStatusCode.Redirect)
                {
                    accepted[submission] = Query(response, "done");
                    break;
                }

                attempt.ShouldBeLessThan(20, $"post {i} kept failing: {response?.StatusCode}");
                retried++;
            }
        }

        var stored = await cluster.QueryAsync(
            "SELECT c.submission_id::text, t.number FROM calls c JOIN tickets t ON t.id = c.ticket_id WHERE c.submission_id = ANY(@ids)",
            async r =>
            {
                var rows = new List<(string, string)>();
                while (await r.ReadAsync())
                {
                    rows.Add((r.GetString(0), r.GetString(1)));
                }

                return rows;
            }, null, ("ids", accepted.Keys.Select(Guid.Parse).ToArray()));
        stored.Count.ShouldBe(24, "every accepted post is one call with one ticket");
        stored.ShouldBe(accepted.Select(a => (a.Key, a.Value)), ignoreOrder: true);
        stored.Select(s => s.Item2).Distinct().Count().ShouldBe(24);
        // HAProxy took the dead node out: the last posts were answered by the two others only.
        agent.Nodes.TakeLast(6).ShouldAllBe(n => n != "node2");
        await cluster.RunAsync("start-node", "2");
    }

    [Fact]
    public async Task S5_the_promoted_standby_serves_and_accepts_tickets()
    {
        var before = await cluster.QueryAsync("SELECT count(*) FROM tickets", Scalar<long>);
        await cluster.RunAsync("stop-primary");
        await cluster.RunAsync("promote");

        var agent = await SignedInAsync("agent");
        var number = await RegisterAsync(agent, await agent.GetDocumentAsync("/Intake"), "提升备库后登记：小区停水，请尽快恢复。");
        (await agent.GetDocumentAsync($"/Tickets/{number}")).QuerySelector("[data-testid=ticket-number]")!.TextContent.ShouldBe(number);
        cluster.PrimaryPort.ShouldBe(cluster.StandbyPort);
        (await cluster.QueryAsync("SELECT count(*) FROM tickets", Scalar<long>)).ShouldBe(before + 1);
        (await cluster.QueryAsync("SELECT pg_is_in_recovery()", Scalar<bool>)).ShouldBeFalse();
        var supervisor = await SignedInAsync("supervisor");
        (await supervisor.GetDocumentAsync("/Dashboards")).QuerySelector("[data-testid=read-source]").ShouldBeNull("no standby is configured any more");
    }

    private async Task<ClusterClient> SignedInAsync(string userName, List<string>? journal = null)
    {
        var client = new ClusterClient(cluster.LoadBalancer, journal: journal);
        await client.LoginAsync(userName);
        return client;
    }

    private static Dictionary<string, string> Heating(string category, string content, string? submission = null)
    {
        var fields = new Dictionary<string, string>
        {
            ["Input.CallerPhone"] = RepeatCaller,
            ["Input.CallerName"] = "刘先生",
            ["Input.RequestType"] = "HelpRequest",
            ["Input.Urgency"] = "Urgent",
            ["Input.CategoryId"] = category,
            ["Input.Address"] = "莱山区XX小区3号楼",
            ["Input.Content"] = content,
        };
        if (submission is not null)
        {
            fields["Input.SubmissionId"] = submission;
        }

        return fields;
    }

    private async Task<string> RegisterAsync(ClusterClient agent, IHtmlDocument intake, string content)
    {
        var category = (await CategoryIdAsync("utilities-heating")).ToString(CultureInfo.InvariantCulture);
        var response = await agent.SubmitAsync(intake, "#intake-form", Heating(category, content), "/Intake?handler=Register");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return Query(response, "done");
    }

    private static async Task DispatchAsync(ClusterClient dispatcher, string number, int unitId)
    {
        var page = await dispatcher.GetDocumentAsync($"/Dispatch/{number}");
        await RedirectsAsync(await dispatcher.SubmitAsync(page, "#dispatch-form", new Dictionary<string, string> { ["Input.LeadUnitId"] = unitId.ToString(CultureInfo.InvariantCulture) }), $"dispatch {number}");
    }

    private static async Task HandleAsync(ClusterClient liaison, string number)
    {
        var url = $"/Workbench/{number}";
        await RedirectsAsync(await liaison.SubmitAsync(await liaison.GetDocumentAsync(url), "#sign-for-form", new Dictionary<string, string>()), "sign for");
        await RedirectsAsync(await liaison.SubmitAsync(await liaison.GetDocumentAsync(url), "#contact-form", new Dictionary<string, string> { ["Contact.Summary"] = "已电话联系市民，约定今天上门。" }), "contact");
        await RedirectsAsync(await liaison.SubmitAsync(await liaison.GetDocumentAsync(url), "#resolve-form", new Dictionary<string, string> { ["Resolve.Result"] = "已上门检修，更换阀门，室温恢复到20度。" }), "resolve");
    }

    /// <summary>The post was accepted (a redirect); otherwise fails with the messages the page showed.</summary>
    private static async Task RedirectsAsync(HttpResponseMessage response, string what)
    {
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            var page = await ClusterClient.ParseAsync(response);
            var messages = page.QuerySelectorAll(".text-danger, .alert, .validation-summary-errors").Select(e => e.TextContent.Trim()).Where(t => t.Length > 0);
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect, $"{what}: {string.Join(" | ", messages)}");
        }
    }

    private static async Task CallbackAsync(ClusterClient agent, string number, Dictionary<string, string> values) =>
        await RedirectsAsync(await agent.SubmitAsync(await agent.GetDocumentAsync($"/FollowUp/Callback?number={number}"), "#callback-form", values), "callback");

    /// <summary>Reads the dashboard until <paramref name="until"/> holds (a redirect, the standby's fallback, is followed).</summary>
    private static async Task<IHtmlDocument> WaitForDashboardAsync(ClusterClient supervisor, Func<IHtmlDocument, bool> until)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            var response = await supervisor.GetAsync("/Dashboards");
            if (response.StatusCode == HttpStatusCode.OK)
            {
                var page = await ClusterClient.ParseAsync(response);
                if (until(page))
                {
                    return page;
                }
            }
            else
            {
                response.StatusCode.ShouldBe(HttpStatusCode.Redirect, "the dashboard answers or reads again from the primary, never an error");
            }

            DateTime.UtcNow.ShouldBeLessThan(deadline, "the dashboard never reached the expected source");
            await Task.Delay(200);
        }
    }

    private static string? Source(IHtmlDocument page) => page.QuerySelector("[data-testid=read-source]")?.GetAttribute("data-source");

    private static List<string> Figures(IHtmlDocument page) =>
        [.. page.QuerySelectorAll(".kpi-grid [data-testid$=-value]").Select(e => $"{e.GetAttribute("data-testid")}={e.TextContent.Trim()}")];

    private static string Query(HttpResponseMessage redirect, string name)
    {
        var location = redirect.Headers.Location!;
        var query = (location.IsAbsoluteUri ? location : new Uri(new Uri("http://x"), location)).Query.TrimStart('?');
        return query.Split('&').Select(p => p.Split('=', 2)).Where(p => p[0] == name).Select(p => Uri.UnescapeDataString(p[1])).Single();
    }

    private Task<int> UnitIdAsync(string code) => cluster.QueryAsync("SELECT id FROM units WHERE code = @c", Scalar<int>, null, ("c", code));

    private Task<int> CategoryIdAsync(string code) => cluster.QueryAsync("SELECT id FROM categories WHERE code = @c", Scalar<int>, null, ("c", code));

    private async Task<TicketStatus> StatusAsync(string number) =>
        (TicketStatus)await cluster.QueryAsync("SELECT status FROM tickets WHERE number = @n", Scalar<int>, null, ("n", number));

    private static async Task<T> Scalar<T>(Npgsql.NpgsqlDataReader reader)
    {
        (await reader.ReadAsync()).ShouldBeTrue();
        return reader.GetFieldValue<T>(0);
    }
}
