using System.Net;
using Hotline.Web.Tests.Http.Support;
using Hotline.Web.Tests.Infrastructure;

namespace Hotline.Web.Tests.Dashboards;

/// <summary>
/// Who reaches the ranking, the exports and the KPI weights: the ranking and every export are for supervisors and
/// administrators, the weights for administrators; everyone else is refused (access denied, 403).
/// </summary>
public sealed class RankingAccessTests(HotlineWebFactory app) : IClassFixture<HotlineWebFactory>
{
    private static readonly string[] Reports =
    [
        "/Dashboards/Ranking",
        "/Dashboards/Ranking?Kind=Week&Date=2026-11-23",
        "/Dashboards/Ranking?handler=Excel",
        "/Dashboards/Ranking?handler=Csv&Kind=Year",
        "/Tickets?handler=Excel&Filter.Status=PendingDispatch",
        "/Tickets?handler=Csv&Measure=Open",
    ];

    public static TheoryData<string, string, bool> Matrix()
    {
        var data = new TheoryData<string, string, bool>();
        foreach (var user in new[] { "agent", "dispatcher", "liaison-heating", "supervisor", "admin" })
        {
            foreach (var url in Reports)
            {
                data.Add(user, url, user is "supervisor" or "admin");
            }

            data.Add(user, "/Admin/Kpi", user == "admin");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Reports_and_exports_open_only_to_supervisors_and_administrators(string user, string url, bool allowed)
    {
        using var client = new HtmlClient(app);
        await client.LoginAsync(user);

        var response = await client.GetAsync(url);

        if (allowed)
        {
            response.StatusCode.ShouldBe(HttpStatusCode.OK, $"{user} {url}");
            return;
        }

        response.RedirectPath().ShouldBe("/Account/AccessDenied", $"{user} {url}");
        (await client.GetAsync(response.RedirectTarget().PathAndQuery)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("supervisor", "nav-ranking", true)]
    [InlineData("admin", "nav-ranking", true)]
    [InlineData("agent", "nav-ranking", false)]
    [InlineData("liaison-heating", "nav-ranking", false)]
    [InlineData("liaison-heating", "nav-unit-performance", true)]
    [InlineData("supervisor", "nav-unit-performance", false)]
    [InlineData("admin", "nav-kpi", true)]
    [InlineData("supervisor", "nav-kpi", false)]
    public async Task The_menu_shows_the_ranking_to_staff_who_read_it_and_the_unit_page_to_liaisons(string user, string link, bool shown)
    {
        using var client = new HtmlClient(app);
        await client.LoginAsync(user);

        var page = await client.GetDocumentAsync("/Tickets");

        (page.QuerySelector($"nav [data-testid={link}]") is not null).ShouldBe(shown);
    }

    [Fact]
    public async Task Export_buttons_are_offered_on_the_ticket_list_only_to_those_who_may_export()
    {
        using var supervisor = new HtmlClient(app);
        await supervisor.LoginAsync("supervisor");
        using var liaison = new HtmlClient(app);
        await liaison.LoginAsync("liaison-heating");

        (await supervisor.GetDocumentAsync("/Tickets")).QuerySelector("[data-testid=export-excel]").ShouldNotBeNull();
        (await liaison.GetDocumentAsync("/Tickets")).QuerySelector("[data-testid=export-excel]").ShouldBeNull();
    }
}
