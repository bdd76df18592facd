using System.Net;
using Hotline.Web.Tests.Infrastructure;

namespace Hotline.Web.Tests.Smoke;

public sealed class SmokeTests(HotlineWebFactory app) : IClassFixture<HotlineWebFactory>
{
    [Fact]
    public async Task An_agent_can_sign_in_and_lands_on_the_intake_screen()
    {
        using var client = new HtmlClient(app);
        await client.LoginAsync("agent");
        var home = await client.GetAsync("/");
        home.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        home.Headers.Location!.ToString().ShouldBe("/Intake");
        var intake = await client.GetDocumentAsync("/Intake");
        intake.QuerySelector("#intake-form").ShouldNotBeNull();
    }
}
