using System.Net;
using Hotline.Web.Tests.Infrastructure;
using Hotline.Web.Tests.Workbench;

namespace Hotline.Web.Tests.Hardening;

/// <summary>
/// The browser-side defences on the wire: no page can be framed, nothing is sniffed, the policy runs only the app's own
/// scripts and styles, attachments are downloads of their stored type, and only signed-in staff see the server's timings.
/// </summary>
public sealed class EveryResponseCarriesTheSecurityHeaders(HotlineWebFactory app) : IClassFixture<HotlineWebFactory>
{
    [Theory]
    [InlineData("/Account/Login", null)]
    [InlineData("/Tickets", "supervisor")]
    [InlineData("/Tickets/20991231-99999", "supervisor")]
    [InlineData("/Intake", "supervisor")]
    [InlineData("/Dashboards/Wall?handler=Data", "supervisor")]
    [InlineData("/css/site.css", null)]
    [InlineData("/health/ready", null)]
    [InlineData("/Tickets", null)]
    [InlineData("/Status", null)]
    [InlineData("/open311/v2/services.json", null)]
    [InlineData("/open311/reference/", null)]
    public async Task Every_response_forbids_sniffing_and_cross_origin_referrers(string url, string? user)
    {
        using var client = new HtmlClient(app);
        if (user is not null)
        {
            await client.LoginAsync(user);
        }

        using var response = await client.GetAsync(url);

        Header(response, "X-Content-Type-Options").ShouldBe("nosniff", url);
        Header(response, "Referrer-Policy").ShouldBe("strict-origin-when-cross-origin", url);
    }

    [Theory]
    [InlineData("/Account/Login", null, HttpStatusCode.OK)]
    [InlineData("/Tickets", "agent", HttpStatusCode.OK)]
    [InlineData("/Tickets/20991231-99999", "agent", HttpStatusCode.NotFound)]
    [InlineData("/Admin/Kpi", "agent", HttpStatusCode.Forbidden)]
    [InlineData("/Admin/Audit", "admin", HttpStatusCode.OK)]
    [InlineData("/Status", null, HttpStatusCode.OK)]
    public async Task Every_page_forbids_framing_and_runs_only_the_apps_own_scripts_and_styles(string url, string? user, HttpStatusCode status)
    {
        using var client = new HtmlClient(app);
        if (user is not null)
        {
            await client.LoginAsync(user);
        }

        using var response = await client.GetAsync(url);
        using var shown = response.StatusCode == HttpStatusCode.Redirect ? await client.GetAsync(response.Headers.Location!.OriginalString) : null;
        var page = shown ?? response;

        page.StatusCode.ShouldBe(status, url);
        Header(page, "X-Frame-Options").ShouldBe("DENY", url);
        var policy = Header(page, "Content-Security-Policy");
        policy.ShouldContain("frame-ancestors 'none'");
        policy.ShouldContain("script-src 'self'");
        policy.ShouldContain("style-src 'self'");
        policy.ShouldContain("default-src 'self'");
        policy.ShouldNotContain("unsafe-inline");
        policy.ShouldNotContain("unsafe-eval");
    }

    [Fact]
    public async Task The_api_reference_page_runs_only_the_scripts_carrying_its_own_requests_nonce()
    {
        using var client = new HtmlClient(app);

        var first = await NonceAsync(client);
        var second = await NonceAsync(client);

        first.ShouldNotBe(second);

        async Task<string> NonceAsync(HtmlClient client)
        {
            using var response = await client.GetAsync("/open311/reference/");
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            Header(response, "X-Frame-Options").ShouldBe("DENY");
            var policy = Header(response, "Content-Security-Policy");
            policy.ShouldContain("frame-ancestors 'none'");
            policy.ShouldNotContain("unsafe-eval");
            var scriptSources = policy.Split(';').Select(d => d.Trim()).Single(d => d.StartsWith("script-src ", StringComparison.Ordinal));
            scriptSources.ShouldNotContain("unsafe-inline");
            var nonce = System.Text.RegularExpressions.Regex.Match(scriptSources, "'nonce-([^']+)'").Groups[1].Value;
            nonce.ShouldNotBeEmpty();
            var scripts = (await HtmlClient.ParseAsync(response)).QuerySelectorAll("script");
            scripts.Length.ShouldBeGreaterThan(0);
            scripts.ShouldAllBe(script => script.GetAttribute("nonce") == nonce);
            return nonce;
        }
    }

    [Fact]
    public async Task An_attachment_is_a_download_of_its_stored_type_that_is_never_sniffed()
    {
        var (_, attachment) = await app.SharedTicketAsync();
        using var client = new HtmlClient(app);
        await client.LoginAsync("liaison-heating");

        using var response = await client.GetAsync($"/Tickets/Attachment/{attachment}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        response.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        response.Content.Headers.ContentDisposition.FileNameStar.ShouldBe("现场.pdf");
        Header(response, "X-Content-Type-Options").ShouldBe("nosniff");
    }

    [Fact]
    public async Task Only_signed_in_staff_see_how_long_the_database_took()
    {
        using var client = new HtmlClient(app);
        var login = await client.GetDocumentAsync("/Account/Login");

        using var anonymousPage = await client.GetAsync("/Account/Login");
        using var failedSignIn = await client.SubmitAsync(login, "main form", new Dictionary<string, string>
        {
            ["Input.UserName"] = "agent",
            ["Input.Password"] = "not the password",
        });
        await client.LoginAsync("agent");
        using var staffPage = await client.GetAsync("/Intake");

        anonymousPage.Headers.Contains("Server-Timing").ShouldBeFalse();
        failedSignIn.StatusCode.ShouldBe(HttpStatusCode.OK);
        failedSignIn.Headers.Contains("Server-Timing").ShouldBeFalse();
        staffPage.Headers.Contains("Server-Timing").ShouldBeTrue();
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : string.Empty;
}
