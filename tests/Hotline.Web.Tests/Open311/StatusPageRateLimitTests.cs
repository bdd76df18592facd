using System.Net;
using Hotline.Web.Infrastructure;
using Hotline.Web.Tests.Infrastructure;

namespace Hotline.Web.Tests.Open311;

/// <summary>The status page's lookups are limited per address, so four digits cannot be tried through. (Its own app: its own limiter.)</summary>
public sealed class StatusPageRateLimitTests(HotlineWebFactory app) : IClassFixture<HotlineWebFactory>
{
    [Fact]
    public async Task Too_many_lookups_from_one_address_get_429_with_a_message_and_retry_after()
    {
        using var citizen = new HtmlClient(app);
        var limit = new RateLimitSettings().StatusLookupsPerMinute;
        for (var i = 0; i < limit; i++)
        {
            await StatusPageTests.LookUpAsync(citizen, "20261123-00001", $"{i:0000}");
        }

        var form = await citizen.GetDocumentAsync("/status");
        var refused = await citizen.SubmitAsync(form, "[data-testid=status-form]",
            new Dictionary<string, string> { ["Input.Number"] = "20261123-00001", ["Input.PhoneLastFour"] = "9999" });

        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        refused.Headers.RetryAfter.ShouldNotBeNull();
        (await HtmlClient.ParseAsync(refused)).QuerySelector("h1")!.TextContent.ShouldContain("操作过于频繁");
        // Reading the page is not limited.
        (await citizen.GetAsync("/status")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
