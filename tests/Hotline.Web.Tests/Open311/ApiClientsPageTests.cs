using System.Net;
using Hotline.Domain.Calls;
using Hotline.Domain.Channels;
using Hotline.Web.Tests.Http.Support;
using Hotline.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Web.Tests.Open311;

/// <summary>/Admin/ApiClients: administrators issue, replace and revoke keys; a key is shown once and only its hash is kept.</summary>
public sealed class ApiClientsPageTests(HotlineWebFactory app) : IClassFixture<HotlineWebFactory>
{
    private const string Page = "/Admin/ApiClients";

    [Fact]
    public async Task An_administrator_issues_a_key_that_is_shown_once_and_stored_only_as_a_hash()
    {
        using var admin = await SignedInAsync("admin");
        var page = await admin.GetDocumentAsync(Page);

        var created = await admin.SubmitAsync(page, "[data-testid=create-client]",
            new Dictionary<string, string> { ["Input.Name"] = "政务网站留言板", ["Input.Channel"] = "Web" });

        created.RedirectPath().ShouldBe(Page);
        var shown = await admin.GetDocumentAsync(Page);
        var key = shown.QuerySelector("[data-testid=issued-key]").ShouldNotBeNull().TextContent.Trim();
        ApiKey.TryGetPrefix(key, out var prefix).ShouldBeTrue(key);
        var row = shown.QuerySelectorAll("[data-testid=client-row]").Single(r => r.TextContent.Contains("政务网站留言板", StringComparison.Ordinal));
        row.TextContent.ShouldContain("网站");
        row.TextContent.ShouldContain($"hk_{prefix}_…");
        row.TextContent.ShouldNotContain(key);

        var stored = await app.QueryAsync(db => db.ApiClients.AsNoTracking().SingleAsync(c => c.KeyPrefix == prefix));
        stored.Channel.ShouldBe(Channel.Web);
        stored.KeyHash.ShouldBe(ApiKey.Hash(key));
        stored.KeyHash.ShouldNotContain(key[12..]);
        // Shown once: the next visit has no key on it.
        (await admin.GetDocumentAsync(Page)).QuerySelector("[data-testid=issued-key]").ShouldBeNull();
        using var api = new Open311Api(app);
        (await api.PostAsync("json", Open311Api.HeatingForm(key))).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Bad_input_is_redisplayed_with_messages_and_saves_nothing()
    {
        using var admin = await SignedInAsync("admin");
        var before = await app.QueryAsync(db => db.ApiClients.CountAsync());

        var response = await admin.SubmitAsync(await admin.GetDocumentAsync(Page), "[data-testid=create-client]",
            new Dictionary<string, string> { ["Input.Name"] = " ", ["Input.Channel"] = "Phone" });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await HtmlClient.ParseAsync(response);
        page.QuerySelector("[data-testid=error-name]")!.TextContent.ShouldContain("客户端名称");
        page.QuerySelector("[data-testid=error-channel]")!.TextContent.ShouldContain("网格上报");
        (await app.QueryAsync(db => db.ApiClients.CountAsync())).ShouldBe(before);
    }

    [Fact]
    public async Task Revoking_and_replacing_take_effect_at_once()
    {
        using var admin = await SignedInAsync("admin");
        using var api = await new Open311Api(app).WithKeyAsync();

        var revoke = await admin.SubmitAsync(await admin.GetDocumentAsync(Page), $"form[action*='handler=Revoke'][action*='id={api.ClientId}']", new Dictionary<string, string>());

        revoke.RedirectPath().ShouldBe(Page);
        (await api.PostAsync("json", Open311Api.HeatingForm(api.Key))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var revoked = await admin.GetDocumentAsync(Page);
        revoked.QuerySelector($"[data-client='{api.ClientId}'] [data-testid=client-state]")!.TextContent.ShouldContain("已吊销");

        var reissue = await admin.SubmitAsync(revoked, $"form[action*='handler=Replace'][action*='id={api.ClientId}']", new Dictionary<string, string>());
        reissue.RedirectPath().ShouldBe(Page);
        var newKey = (await admin.GetDocumentAsync(Page)).QuerySelector("[data-testid=issued-key]")!.TextContent.Trim();
        newKey.ShouldNotBe(api.Key);
        (await api.PostAsync("json", Open311Api.HeatingForm(newKey))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await api.PostAsync("json", Open311Api.HeatingForm(api.Key))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("agent")]
    [InlineData("supervisor")]
    [InlineData("liaison-heating")]
    public async Task Only_administrators_may_open_the_page(string user)
    {
        using var client = await SignedInAsync(user);

        var response = await client.GetAsync(Page);

        response.RedirectPath().ShouldBe("/Account/AccessDenied");
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in()
    {
        using var client = new HtmlClient(app);

        (await client.GetAsync(Page)).RedirectPath().ShouldBe("/Account/Login");
    }

    private async Task<HtmlClient> SignedInAsync(string user)
    {
        var client = new HtmlClient(app);
        await client.LoginAsync(user);
        return client;
    }
}
