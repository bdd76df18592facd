using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using Hotline.Services.Dashboards;
using Hotline.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Web.Tests.Dashboards;

/// <summary>The wall monitor as HTML and JSON: a screen without navigation whose data handler gives figures and masked callers only.</summary>
public sealed partial class WallPageTests(HotlineWebFactory app) : IClassFixture<HotlineWebFactory>
{
    [Fact]
    public async Task The_wall_has_its_own_layout_without_navigation_or_forms()
    {
        using var client = await SignedInAsync();

        var page = await client.GetDocumentAsync("/Dashboards/Wall");

        page.QuerySelector("nav").ShouldBeNull();
        page.QuerySelectorAll("form").ShouldBeEmpty();
        // The only link is "sign in again", shown when the session has expired.
        page.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ShouldBe(["/Account/Login?ReturnUrl=%2FDashboards%2FWall"]);
        page.QuerySelector("#wall-expired")!.HasAttribute("hidden").ShouldBeTrue();
        page.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!).ShouldAllBe(h => h.StartsWith("/css/wall.css", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_page_tells_its_script_where_to_refresh_how_often_and_what_to_say_in_the_readers_language()
    {
        using var client = await SignedInAsync();

        var zh = (await client.GetDocumentAsync("/Dashboards/Wall")).QuerySelector("#wall")!;
        var en = (await client.GetDocumentAsync("/Dashboards/Wall?culture=en")).QuerySelector("#wall")!;

        zh.GetAttribute("data-url").ShouldBe("/Dashboards/Wall?handler=Data");
        zh.GetAttribute("data-refresh-seconds").ShouldBe("30");
        zh.GetAttribute("data-text-reconnecting").ShouldBe("连接中断，正在重连…");
        zh.GetAttribute("data-text-updated").ShouldBe("更新于 {0}");
        en.GetAttribute("data-text-reconnecting").ShouldBe("Connection lost — reconnecting…");
    }

    [Fact]
    public async Task The_data_handler_returns_the_figures_and_the_latest_tickets_with_masked_callers_only()
    {
        var number = await app.RegisterNowAsync("13905358888");
        using var client = await SignedInAsync();
        var request = new HttpRequestMessage(HttpMethod.Get, "/Dashboards/Wall?handler=Data");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

        var response = await client.Http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        response.Headers.CacheControl!.NoStore.ShouldBeTrue();
        var json = JsonDocument.Parse(body).RootElement;
        json.EnumerateObject().Select(p => p.Name).ShouldBe(
            ["at", "callsToday", "ticketsToday", "open", "overdue", "onTimeCompletion", "satisfaction", "latest", "overdueUnits", "surges"]);
        var snapshot = await SnapshotAsync();
        json.GetProperty("ticketsToday").GetString().ShouldBe(snapshot.TicketsToday.ToString("N0", null));
        json.GetProperty("open").GetString().ShouldBe(snapshot.Open.ToString("N0", null));
        json.GetProperty("onTimeCompletion").GetProperty("denominator").GetInt64().ShouldBe(snapshot.OnTimeCompletion.Denominator);

        var latest = json.GetProperty("latest").EnumerateArray().ToList();
        latest.Count.ShouldBe(10);
        latest[0].EnumerateObject().Select(p => p.Name).ShouldBe(["number", "category", "time", "caller", "status", "statusCode"]);
        latest[0].GetProperty("number").GetString().ShouldBe(number);
        latest[0].GetProperty("caller").GetString().ShouldBe("139****8888");
        latest[0].GetProperty("status").GetString().ShouldBe("待派单");
        latest.ShouldAllBe(t => Masked().IsMatch(t.GetProperty("caller").GetString()!));
        var phones = await app.ReadAsync(db => db.Tickets.OrderByDescending(t => t.RegisteredAt).Take(10).Select(t => t.CallerPhone).ToListAsync());
        phones.ShouldAllBe(p => !body.Contains(p));
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en")]
    public async Task The_wall_lists_the_units_with_most_overdue_and_the_surging_categories_as_the_dashboard_counts_them(string culture)
    {
        await app.ColdSnapAsync();
        using var client = await SignedInAsync();
        var suffix = culture == "en" ? "&culture=en" : string.Empty;
        await using var scope = app.AppServices.CreateAsyncScope();
        var dashboard = scope.ServiceProvider.GetRequiredService<HotlineDashboardService>();
        var backlog = await dashboard.BacklogAsync();
        var surges = await dashboard.SurgesAsync();
        surges.ShouldNotBeEmpty("yesterday's cold snap is a heating surge");
        var english = culture == "en";
        var expectedUnits = backlog.Where(b => b.Overdue > 0).OrderByDescending(b => b.Overdue).ThenByDescending(b => b.Open).ThenBy(b => b.UnitId)
            .Take(WallMonitorService.OverdueUnitCount)
            .Select(b => (b.IsPendingDispatch ? (english ? "Waiting for dispatch" : "待派单") : english ? b.Unit!.En : b.Unit!.Zh, b.Overdue.ToString("N0", null)))
            .ToList();
        expectedUnits.Count.ShouldBeGreaterThan(1);

        var json = JsonDocument.Parse(await client.Http.GetStringAsync("/Dashboards/Wall?handler=Data" + suffix)).RootElement;
        json.GetProperty("overdueUnits").EnumerateArray().Select(u => (u.GetProperty("name").GetString()!, u.GetProperty("overdue").GetString()!))
            .ToList().ShouldBe(expectedUnits);
        var surge = json.GetProperty("surges").EnumerateArray().First();
        surge.GetProperty("category").GetString().ShouldBe($"{(english ? surges[0].Parent.En : surges[0].Parent.Zh)} › {(english ? surges[0].Name.En : surges[0].Name.Zh)}");
        surge.GetProperty("count").GetString().ShouldBe(surges[0].PeakCount.ToString("N0", null));

        var page = await client.GetDocumentAsync("/Dashboards/Wall" + (english ? "?culture=en" : string.Empty));
        page.QuerySelectorAll("[data-testid=wall-overdue-units] tr").Select(r => r.Children[0].TextContent.Trim()).ToList()
            .ShouldBe(expectedUnits.Select(u => u.Item1).ToList());
        page.QuerySelector("#overdue-units-title")!.TextContent.ShouldBe(english ? "Overdue by unit" : "各单位超时");
        page.QuerySelector("[data-testid=wall-surges] tr")!.TextContent.ShouldContain(english ? surges[0].Name.En : surges[0].Name.Zh);
    }

    private async Task<WallSnapshot> SnapshotAsync()
    {
        await using var scope = app.AppServices.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<WallMonitorService>().GetAsync();
    }

    private async Task<HtmlClient> SignedInAsync()
    {
        var client = new HtmlClient(app);
        await client.LoginAsync("supervisor");
        return client;
    }

    [GeneratedRegex(@"^([0-9]{3}\*{4}[0-9]{4}|\*+[0-9]{2})$")]
    private static partial Regex Masked();
}
