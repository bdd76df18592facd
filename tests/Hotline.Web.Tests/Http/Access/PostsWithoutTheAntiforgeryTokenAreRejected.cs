using System.Net;
using Hotline.Web.Tests.Http.Support;
using Hotline.Web.Tests.Infrastructure;

namespace Hotline.Web.Tests.Http.Access;

public sealed class PostsWithoutTheAntiforgeryTokenAreRejected(HotlineWebFactory app) : IClassFixture<HotlineWebFactory>
{
    private const string Token = "__RequestVerificationToken";

    [Fact]
    public async Task An_intake_post_without_the_token_is_refused_with_400_and_saves_nothing()
    {
        using var client = new HtmlClient(app);
        await client.LoginAsync("agent");
        var intake = await client.OpenIntakeAsync();
        var form = FormValues(intake, IntakeForm.HeatingRequest(await app.CategoryIdAsync("utilities-heating")));
        form.RemoveAll(f => f.Key == Token).ShouldBe(1, "the intake form should carry one antiforgery token");
        var before = await app.CountTicketsAndCallsAsync();

        var response = await client.Http.PostAsync(IntakeForm.Register, new FormUrlEncodedContent(form));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await app.CountTicketsAndCallsAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task An_intake_post_with_another_sessions_token_is_refused()
    {
        using var agent = new HtmlClient(app);
        await agent.LoginAsync("agent");
        using var other = new HtmlClient(app);
        await other.LoginAsync("agent2");
        var othersToken = FormValues(await other.OpenIntakeAsync(), new Dictionary<string, string>()).Single(f => f.Key == Token).Value;
        var form = FormValues(await agent.OpenIntakeAsync(), IntakeForm.HeatingRequest(await app.CategoryIdAsync("utilities-heating")));
        form.RemoveAll(f => f.Key == Token);
        form.Add(KeyValuePair.Create(Token, othersToken));
        var before = await app.CountTicketsAndCallsAsync();

        var response = await agent.Http.PostAsync(IntakeForm.Register, new FormUrlEncodedContent(form));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await app.CountTicketsAndCallsAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task A_login_post_without_the_token_is_refused_and_signs_nobody_in()
    {
        using var client = new HtmlClient(app);
        await client.GetDocumentAsync("/Account/Login");

        var response = await client.Http.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = "agent",
            ["Input.Password"] = HtmlClient.Password,
        }));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Headers.TryGetValues("Set-Cookie", out var cookies);
        (cookies ?? []).ShouldNotContain(c => c.StartsWith("hotline.auth", StringComparison.Ordinal));
        (await client.GetAsync("/Intake")).RedirectPath().ShouldBe("/Account/Login");
    }

    [Theory]
    [InlineData("/Account/Logout")]
    [InlineData("/Culture")]
    public async Task The_layouts_small_forms_need_the_token_too(string action)
    {
        using var client = new HtmlClient(app);
        await client.LoginAsync("dispatcher");

        var response = await client.Http.PostAsync(action, new FormUrlEncodedContent(new Dictionary<string, string> { ["culture"] = "en" }));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        // Still signed in, still in Chinese.
        var page = await client.GetDocumentAsync("/Tickets");
        page.DocumentElement.GetAttribute("lang").ShouldBe("zh-CN");
    }

    /// <summary>The hidden fields the page put in the intake form (a name may repeat, e.g. __Invariant), then the typed values.</summary>
    private static List<KeyValuePair<string, string>> FormValues(AngleSharp.Html.Dom.IHtmlDocument page, IDictionary<string, string> typed) =>
        page.QuerySelectorAll($"{IntakeForm.Selector} input[type=hidden]")
            .Where(i => !string.IsNullOrEmpty(i.GetAttribute("name")))
            .Select(i => KeyValuePair.Create(i.GetAttribute("name")!, i.GetAttribute("value") ?? string.Empty))
            .Concat(typed)
            .ToList();
}
