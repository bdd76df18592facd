using System.Net;
using System.Text.Json;
using Hotline.Web.Tests.Http.Support;
using Hotline.Web.Tests.Infrastructure;

namespace Hotline.Web.Tests.Telephony;

/// <summary>A scripted day of events with known answers gives exactly those figures on the dashboard, the wall and the agents' page.</summary>
public sealed class ScriptedDayFiguresTests(HotlineWebFactory app) : IClassFixture<HotlineWebFactory>
{
    private async Task FeedAsync()
    {
        using var api = await new TelephonyApi(app).WithKeyAsync();
        // Sent backwards in batches: the figures may not depend on the order the platform's events come in.
        foreach (var batch in ScriptedDay.Events().Reverse().Chunk(50))
        {
            var response = await api.PostAsync(JsonSerializer.Serialize(batch));
            response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task The_dashboard_the_wall_and_the_agents_page_show_the_scripted_days_figures()
    {
        await FeedAsync();
        using var client = new HtmlClient(app);
        await client.LoginAsync("supervisor");

        var dashboard = await client.GetDocumentAsync("/Dashboards");
        string Text(string id) => dashboard.QuerySelector($"[data-testid={id}]")!.TextContent.Trim();
        Text("phone-offered").ShouldBe("102");
        Text("phone-answered").ShouldBe("94");
        Text("phone-within").ShouldBe("91.8%");
        Text("phone-connect").ShouldBe("95.9%");
        Text("phone-abandoned").ShouldBe("6");
        Text("phone-abandoned-short").ShouldBe("2");
        Text("phone-aht").ShouldBe("2:00");
        Text("phone-waiting").ShouldBe("2");
        Text("phone-longest").ShouldBe("1:30");
        Text("phone-ready").ShouldBe("1");
        dashboard.QuerySelectorAll("[data-testid=phone-hour]").Select(r => r.GetAttribute("data-hour")).ShouldBe(["8", "9"]);

        var wall = await client.GetDocumentAsync("/Dashboards/Wall");
        string Wall(string id) => wall.QuerySelector($"[data-testid={id}]")!.TextContent.Trim();
        Wall("wall-phone-within").ShouldBe("91.8%");
        Wall("wall-phone-connect").ShouldBe("95.9%");
        Wall("wall-waiting").ShouldBe("2");
        Wall("wall-longest").ShouldBe("1:30");
        Wall("wall-ready").ShouldBe("1");

        var live = JsonDocument.Parse(await (await client.GetAsync("/Dashboards/Wall?handler=Phone")).Content.ReadAsStringAsync()).RootElement;
        live.GetProperty("answeredWithinTarget").GetProperty("text").GetString().ShouldBe("91.8%");
        live.GetProperty("waiting").GetString().ShouldBe("2");

        var agents = await client.GetDocumentAsync("/Supervision/Agents");
        var rows = agents.QuerySelectorAll("[data-testid=agent-row]").ToDictionary(r => r.GetAttribute("data-agent")!,
            r => r.QuerySelector("[data-testid=agent-answered]")!.TextContent.Trim());
        rows["agent"].ShouldBe("47");
        rows["agent2"].ShouldBe("47");
    }

    [Fact]
    public async Task Agents_figures_are_for_supervisors_only()
    {
        using var client = new HtmlClient(app);
        await client.LoginAsync("agent");
        var response = await client.GetAsync("/Supervision/Agents");
        response.RedirectPath().ShouldBe("/Account/AccessDenied");
    }
}
