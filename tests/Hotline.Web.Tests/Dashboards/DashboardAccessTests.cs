using System.Net;
using System.Net.Http.Headers;
using Hotline.Web.Tests.Http.Support;
using Hotline.Web.Tests.Infrastructure;

namespace Hotline.Web.Tests.Dashboards;

/// <summary>The dashboard and the wall monitor are for supervisors and administrators only.</summary>
public sealed class DashboardAccessTests(HotlineWebFactory app) : IClassFixture<HotlineWebFactory>
{
    public static readonly TheoryData<string> Pages = ["/Dashboards", "/Dashboards/Wall", "/Dashboards/Wall?handler=Data"];

    public static TheoryData<string, string> Refused()
    {
        var data = new TheoryData<string, string>();
        foreach (var user in new[] { "agent", "dispatcher", "liaison-heating" })
        {
            foreach (var page in Pages)
            {
                data.Add(user, page);
            }
        }

        return data;
    }

    public static TheoryData<string, string> Allowed()
    {
        var data = new TheoryData<string, string>();
        foreach (var user in new[] { "supervisor", "admin" })
        {
            foreach (var page in Pages)
            {
                data.Add(user, page);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Allowed))]
    public async Task Supervisors_and_administrators_open_them(string user, string url)
    {
        using var client = new HtmlClient(app);
        await client.LoginAsync(user);

        (await client.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.OK, $"{user} {url}");
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Agents_dispatchers_and_liaisons_are_refused(string user, string url)
    {
        using var client = new HtmlClient(app);
        await client.LoginAsync(user);

        var response = await client.GetAsync(url);

        response.RedirectPath().ShouldBe("/Account/AccessDenied", $"{user} {url}");
        (await client.GetAsync(response.RedirectTarget().PathAndQuery)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task A_script_asking_for_json_gets_a_plain_403(string user, string url)
    {
        using var client = new HtmlClient(app);
        await client.LoginAsync(user);

        var response = await client.Http.SendAsync(JsonRequest(url));

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden, $"{user} {url}");
    }

    [Fact]
    public async Task Without_a_session_the_pages_send_to_sign_in_but_the_wall_data_answers_401()
    {
        using var client = new HtmlClient(app);

        (await client.GetAsync("/Dashboards")).RedirectPath().ShouldBe("/Account/Login");
        (await client.GetAsync("/Dashboards/Wall")).RedirectPath().ShouldBe("/Account/Login");
        (await client.Http.SendAsync(JsonRequest("/Dashboards/Wall?handler=Data"))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("supervisor", true)]
    [InlineData("admin", true)]
    [InlineData("agent", false)]
    [InlineData("dispatcher", false)]
    [InlineData("liaison-heating", false)]
    public async Task Only_they_see_the_dashboard_in_the_navigation(string user, bool shown)
    {
        using var client = new HtmlClient(app);
        await client.LoginAsync(user);

        var page = await client.GetDocumentAsync("/Tickets");

        (page.QuerySelector("nav a[href='/Dashboards']") is not null).ShouldBe(shown);
    }

    private static HttpRequestMessage JsonRequest(string url)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return request;
    }
}
