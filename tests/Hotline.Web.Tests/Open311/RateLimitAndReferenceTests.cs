using System.Net;
using System.Text.Json;
using Hotline.Web.Infrastructure;
using Hotline.Web.Tests.Infrastructure;
using static Hotline.Web.Tests.Open311.DiscoveryAndServicesContractTests;
using static Hotline.Web.Tests.Open311.Open311Api;

namespace Hotline.Web.Tests.Open311;

/// <summary>The per-key rate limit, and the API's OpenAPI document and browsable reference page.</summary>
public sealed class RateLimitAndReferenceTests(HotlineWebFactory app) : IClassFixture<HotlineWebFactory>
{
    [Theory]
    [InlineData("json")]
    [InlineData("xml")]
    public async Task A_key_over_its_limit_gets_429_with_retry_after_while_another_key_goes_on(string format)
    {
        using var busy = await new Open311Api(app).WithKeyAsync();
        using var other = await new Open311Api(app).WithKeyAsync();
        var limit = new RateLimitSettings().Open311PerMinute;

        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < limit + 1; i++)
        {
            answers.Add(await busy.Http.GetAsync($"{Base}/services/{HeatingService}.{format}?api_key={busy.Key}"));
        }

        answers.Take(limit).ShouldAllBe(r => r.StatusCode == HttpStatusCode.OK);
        var refused = answers[^1];
        var (code, _) = await ErrorAsync(refused, format, HttpStatusCode.TooManyRequests);
        code.ShouldBe(429);
        int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture).ShouldBeInRange(1, 60);
        // The POST of the same client is refused too, before it can make a ticket.
        (await busy.PostAsync(format, HeatingForm(busy.Key))).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await other.Http.GetAsync($"{Base}/services/{HeatingService}.{format}?api_key={other.Key}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_openapi_document_describes_every_endpoint_and_the_form_of_a_post()
    {
        using var api = new Open311Api(app);

        var response = await api.Http.GetAsync("/openapi/open311.json");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        paths.ShouldBe(
        [
            "/open311/discovery.{format}", "/open311/v2/services.{format}", "/open311/v2/services/{service_code}.{format}",
            "/open311/v2/requests.{format}", "/open311/v2/requests/{service_request_id}.{format}",
        ], ignoreOrder: true);
        var post = document.GetProperty("paths").GetProperty("/open311/v2/requests.{format}").GetProperty("post");
        post.GetProperty("requestBody").GetProperty("content").TryGetProperty("application/x-www-form-urlencoded", out _).ShouldBeTrue();
        document.GetRawText().ShouldNotContain("/Intake");
    }

    [Fact]
    public async Task The_reference_page_is_served_from_the_app_itself()
    {
        using var api = new Open311Api(app);

        var page = await api.Http.GetAsync("/open311/reference");

        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await page.Content.ReadAsStringAsync();
        html.ShouldContain("open311");
        html.ShouldNotContain("cdn.jsdelivr.net");
        html.ShouldNotContain("fonts.scalar.com");
    }
}
