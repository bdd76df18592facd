using System.Net;
using Hotline.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace Hotline.Web.Tests.Http.Account;

public sealed class HealthEndpointsAnswerWithoutSigningIn(HotlineWebFactory app) : IClassFixture<HotlineWebFactory>
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task A_load_balancer_gets_healthy_without_a_login(string url)
    {
        using var client = new HtmlClient(app);

        var response = await client.GetAsync(url);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldBe("Healthy");
    }

    [Fact]
    public async Task Ready_fails_and_live_still_answers_when_the_database_is_unreachable()
    {
        // Same app, pointed at a port where no PostgreSQL listens.
        using var broken = app.WithWebHostBuilder(b =>
            b.UseSetting("ConnectionStrings:Hotline", "Host=127.0.0.1;Port=1;Username=postgres;Database=none;Timeout=3"));
        using var client = broken.CreateClient();

        (await client.GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var ready = await client.GetAsync("/health/ready");
        ready.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        (await ready.Content.ReadAsStringAsync()).ShouldBe("Unhealthy");
    }
}
