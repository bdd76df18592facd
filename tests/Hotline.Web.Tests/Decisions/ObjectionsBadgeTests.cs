using Hotline.Domain.Tickets;
using Hotline.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Web.Tests.Decisions;

/// <summary>The nav shows dispatchers and supervisors how many dispatch objections wait for them to arbitrate (ADR 0029).</summary>
public sealed class ObjectionsBadgeTests(HotlineWebFactory app) : IClassFixture<HotlineWebFactory>
{
    [Theory]
    [InlineData("dispatcher")]
    [InlineData("supervisor")]
    public async Task Arbiters_see_the_objections_waiting_in_the_nav(string user)
    {
        await app.ObjectedAsync();
        await app.ObjectedAsync();
        var waiting = await app.ReadAsync(db => db.Assignments.CountAsync(a => a.IsActive && a.ObjectionStatus == RequestStatus.Pending));
        using var client = new HtmlClient(app);
        await client.LoginAsync(user);

        var page = await client.GetDocumentAsync("/Tickets");

        page.QuerySelector("[data-testid=nav-objections]")!.GetAttribute("href").ShouldBe("/Dispatch/Objections");
        page.QuerySelector("[data-testid=nav-objections-count]")!.TextContent.Trim().ShouldBe(waiting.ToString(System.Globalization.CultureInfo.InvariantCulture));
        waiting.ShouldBeGreaterThanOrEqualTo(2);
    }

    [Theory]
    [InlineData("agent")]
    [InlineData("liaison-heating")]
    [InlineData("admin")]
    public async Task Nobody_else_is_shown_the_objections(string user)
    {
        await app.ObjectedAsync();
        using var client = new HtmlClient(app);
        await client.LoginAsync(user);

        var page = await client.GetDocumentAsync("/Tickets");

        page.QuerySelector("[data-testid=nav-objections]").ShouldBeNull();
    }
}
