using Hotline.Domain.Tickets;
using Hotline.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Web.Tests.Decisions;

/// <summary>The nav shows supervisors how many appeals (申诉) wait for their decision, from the layout's one badge query (ADR 0031).</summary>
public sealed class AppealsBadgeTests(HotlineWebFactory app) : IClassFixture<HotlineWebFactory>
{
    [Fact]
    public async Task Supervisors_see_the_appeals_waiting_in_the_nav()
    {
        await app.AppealedAsync();
        await app.AppealedAsync();
        var waiting = await app.ReadAsync(db => db.Appeals.CountAsync(p => p.Status == RequestStatus.Pending));
        using var client = new HtmlClient(app);
        await client.LoginAsync("supervisor");

        var page = await client.GetDocumentAsync("/Tickets");

        page.QuerySelector("[data-testid=nav-appeals]")!.GetAttribute("href").ShouldBe("/Appeals");
        page.QuerySelector("[data-testid=nav-appeals-count]")!.TextContent.Trim().ShouldBe(waiting.ToString(System.Globalization.CultureInfo.InvariantCulture));
        waiting.ShouldBeGreaterThanOrEqualTo(2);
    }

    [Theory]
    [InlineData("dispatcher")]
    [InlineData("liaison-heating")]
    [InlineData("admin")]
    public async Task Nobody_else_is_shown_the_appeals_waiting(string user)
    {
        await app.AppealedAsync();
        using var client = new HtmlClient(app);
        await client.LoginAsync(user);

        var page = await client.GetDocumentAsync("/Tickets");

        page.QuerySelector("[data-testid=nav-appeals]").ShouldBeNull();
        page.QuerySelector("[data-testid=nav-appeals-count]").ShouldBeNull();
    }
}
