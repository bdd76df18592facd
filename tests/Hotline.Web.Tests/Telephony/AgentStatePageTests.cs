using System.Net;
using Hotline.Domain.Telephony;
using Hotline.Web.Tests.Http.Support;
using Hotline.Web.Tests.Infrastructure;
using Hotline.Web.Tests.Journeys;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Web.Tests.Telephony;

/// <summary>
/// The agent's toolbar over plain HTTP (docs/decisions/0030): without a telephone platform it offers nothing; a post
/// without script comes back to the intake screen; a refused state answers 400 with the message and writes nothing;
/// only agents may set their state.
/// </summary>
public sealed class AgentStatePageTests(HotlineWebFactory app) : IClassFixture<HotlineWebFactory>
{
    [Fact]
    public async Task The_toolbar_sets_the_agents_state_and_refuses_what_it_does_not_offer()
    {
        using var client = new HtmlClient(app);
        await client.LoginAsync("agent");
        var before = await client.GetDocumentAsync("/Intake");
        before.QuerySelector("[data-testid=agent-state-none]").ShouldNotBeNull();
        before.QuerySelector("#agent-toolbar").ShouldBeNull();

        using var api = await new TelephonyApi(app).WithKeyAsync();
        var intake = await client.GetDocumentAsync("/Intake");
        // The intake form stays the first form of the main part; the toolbar follows it.
        intake.QuerySelector("main form")!.Id.ShouldBe("intake-form");
        var set = await client.SubmitAsync(intake, "#agent-toolbar", new Dictionary<string, string> { ["State"] = "NotReady", ["Reason"] = "break" });
        set.RedirectPath().ShouldBe("/Intake");
        var after = await client.GetDocumentAsync("/Intake");
        after.QuerySelector("[data-testid=agent-state]")!.GetAttribute("data-state").ShouldBe(nameof(AgentStateKind.NotReady));

        var refused = await client.SubmitAsync(after, "#agent-toolbar", new Dictionary<string, string> { ["State"] = "OnCall" });
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await HtmlClient.ParseAsync(refused)).QuerySelector("[data-testid=agent-state-error]")!.TextContent.ShouldBe("只能切换为空闲、示忙或话后处理。");
        var noReason = await client.SubmitAsync(after, "#agent-toolbar", new Dictionary<string, string> { ["State"] = "NotReady", ["Reason"] = "nap" });
        (await HtmlClient.ParseAsync(noReason)).QuerySelector("[data-testid=agent-state-error]")!.TextContent.ShouldBe("示忙须选择原因。");
        (await app.DbAsync(db => db.TelephonyEvents.CountAsync(e => e.Agent == "agent"))).ShouldBe(1);
    }

    [Theory]
    [InlineData("dispatcher")]
    [InlineData("supervisor")]
    public async Task Only_agents_have_a_toolbar(string user)
    {
        using var client = new HtmlClient(app);
        await client.LoginAsync(user);
        (await client.GetAsync("/Intake/AgentState")).RedirectPath().ShouldBe("/Account/AccessDenied");
    }
}
