using System.Net;
using AngleSharp.Html.Dom;
using Hotline.Web.Tests.Http.Support;
using Hotline.Web.Tests.Infrastructure;

namespace Hotline.Web.Tests.Http.Localization;

/// <summary>Chinese by default, whatever the browser asks for; English one click away, for every string on the page.</summary>
public sealed class TheInterfaceSwitchesLanguage(HotlineWebFactory app) : IClassFixture<HotlineWebFactory>
{
    [Fact]
    public async Task Pages_are_Chinese_by_default_even_for_an_English_browser()
    {
        using var client = new HtmlClient(app);
        client.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US,en;q=0.9");

        var login = await client.GetDocumentAsync("/Account/Login");

        login.DocumentElement.GetAttribute("lang").ShouldBe("zh-CN");
        login.QuerySelector("[data-testid=login-submit]")!.TextContent.Trim().ShouldBe("登录");
        login.QuerySelector("[data-testid=switch-language]")!.TextContent.Trim().ShouldBe("English");
    }

    [Fact]
    public async Task The_language_switch_in_the_layout_turns_the_login_page_English_and_back()
    {
        using var client = new HtmlClient(app);
        var login = await client.GetDocumentAsync("/Account/Login?ReturnUrl=%2FTickets");

        var switched = await client.SubmitAsync(login, "form[action='/Culture']", new Dictionary<string, string>());

        switched.RedirectTarget().PathAndQuery.ShouldBe("/Account/Login?ReturnUrl=%2FTickets");
        var english = await client.GetDocumentAsync("/Account/Login?ReturnUrl=%2FTickets");
        english.DocumentElement.GetAttribute("lang").ShouldBe("en");
        english.QuerySelector("[data-testid=login-submit]")!.TextContent.Trim().ShouldBe("Sign in");
        english.Title.ShouldBe("Sign in · 12345 Government Service Hotline");

        await client.SubmitAsync(english, "form[action='/Culture']", new Dictionary<string, string>());
        var chinese = await client.GetDocumentAsync("/Account/Login");
        chinese.DocumentElement.GetAttribute("lang").ShouldBe("zh-CN");
        chinese.QuerySelector("[data-testid=login-submit]")!.TextContent.Trim().ShouldBe("登录");
    }

    [Fact]
    public async Task Enum_labels_and_names_follow_the_language()
    {
        using var client = new HtmlClient(app);
        await client.LoginAsync("agent");
        var chinese = await client.GetDocumentAsync("/Intake");
        chinese.QuerySelector("select[name='Input.RequestType'] option[value=HelpRequest]")!.TextContent.ShouldBe("求助");
        chinese.QuerySelector("label[for=urgency-Urgent]")!.TextContent.ShouldBe("紧急");
        chinese.QuerySelector("[data-testid=current-user]")!.TextContent.ShouldContain("话务员");

        await SwitchToEnglishAsync(client, chinese);

        var intake = await client.GetDocumentAsync("/Intake");
        intake.DocumentElement.GetAttribute("lang").ShouldBe("en");
        intake.QuerySelector("select[name='Input.RequestType'] option[value=HelpRequest]")!.TextContent.ShouldBe("Help request");
        intake.QuerySelector("select[name='Input.Channel'] option[value=WalkIn]")!.TextContent.ShouldBe("Walk-in");
        intake.QuerySelector("label[for=urgency-Urgent]")!.TextContent.ShouldBe("Urgent");
        intake.QuerySelector("[data-testid=current-user]")!.TextContent.ShouldContain("Agent");
        intake.QuerySelector("[data-testid=register]")!.TextContent.ShouldContain("Register ticket");
        var heating = await app.CategoryIdAsync("utilities-heating");
        intake.QuerySelector($"select[name='Input.CategoryId'] option[value='{heating}']")!.TextContent.ShouldBe("Public utilities › Heating");

        var tickets = await client.GetDocumentAsync("/Tickets?Filter.Status=PendingDispatch");
        var statuses = tickets.QuerySelectorAll("[data-testid=ticket-row] .badge[class*=status-]").Select(b => b.TextContent).Distinct().ToList();
        statuses.ShouldBe(["Pending dispatch"]);
        tickets.QuerySelector("[data-testid=result-count]")!.TextContent.ShouldEndWith(" tickets");
    }

    [Fact]
    public async Task Validation_messages_follow_the_language()
    {
        using var client = new HtmlClient(app);
        await client.LoginAsync("agent");
        await SwitchToEnglishAsync(client, await client.GetDocumentAsync("/Intake"));
        var intake = await client.GetDocumentAsync("/Intake");

        var response = await client.SubmitAsync(intake, IntakeForm.Selector, new Dictionary<string, string>
        {
            ["Input.CallerPhone"] = "12345",
            ["Input.Content"] = "too short",
            ["Input.CategoryId"] = "abc",
        }, IntakeForm.Register);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await HtmlClient.ParseAsync(response);
        page.DocumentElement.GetAttribute("lang").ShouldBe("en");
        // A value that did not parse stops the form before the service: its message is the binder's, translated.
        Message(page, "Input.CategoryId").ShouldBe("The value is not valid.");

        var form = IntakeForm.HeatingRequest(await app.CategoryIdAsync("utilities-heating"));
        form["Input.CallerPhone"] = "12345";
        form["Input.Content"] = "too short";
        var service = await client.SubmitAsync(intake, IntakeForm.Selector, form, IntakeForm.Register);
        var refused = await HtmlClient.ParseAsync(service);
        Message(refused, "Input.CallerPhone").ShouldBe("Enter a valid mobile (11 digits) or landline number (area code optional, e.g. 0535-6681234).");
        Message(refused, "Input.Content").ShouldBe("Too short (at least 10 characters): record when, where and what the caller asks.");
    }

    [Fact]
    public async Task The_culture_query_string_switches_a_single_page()
    {
        using var client = new HtmlClient(app);

        var english = await client.GetDocumentAsync("/Account/Login?culture=en");
        var chinese = await client.GetDocumentAsync("/Account/Login");

        english.DocumentElement.GetAttribute("lang").ShouldBe("en");
        english.QuerySelector("[data-testid=login-submit]")!.TextContent.Trim().ShouldBe("Sign in");
        chinese.DocumentElement.GetAttribute("lang").ShouldBe("zh-CN");
    }

    [Fact]
    public async Task The_error_pages_are_translated_too()
    {
        using var client = new HtmlClient(app);
        await client.LoginAsync("dispatcher");

        var chinese = await client.GetAsync("/Tickets/20261123-99999");
        var english = await client.GetAsync("/Tickets/20261123-99999?culture=en");

        chinese.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await HtmlClient.ParseAsync(chinese)).QuerySelector("main h1")!.TextContent.ShouldBe("没有找到该页面或工单");
        english.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await HtmlClient.ParseAsync(english)).QuerySelector("main h1")!.TextContent.ShouldBe("Page or ticket not found");
    }

    [Fact]
    public async Task An_unsupported_culture_is_ignored()
    {
        using var client = new HtmlClient(app);
        var login = await client.GetDocumentAsync("/Account/Login");

        await client.SubmitAsync(login, "form[action='/Culture']", new Dictionary<string, string> { ["culture"] = "fr" });

        (await client.GetDocumentAsync("/Account/Login")).DocumentElement.GetAttribute("lang").ShouldBe("zh-CN");
    }

    [Fact]
    public async Task Switching_language_never_leaves_the_site()
    {
        using var client = new HtmlClient(app);
        var login = await client.GetDocumentAsync("/Account/Login");

        var response = await client.SubmitAsync(login, "form[action='/Culture']", new Dictionary<string, string>
        {
            ["culture"] = "en",
            ["returnUrl"] = "https://evil.example/",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldBe("/");
    }

    private static async Task SwitchToEnglishAsync(HtmlClient client, IHtmlDocument page)
    {
        var response = await client.SubmitAsync(page, "form[action='/Culture']", new Dictionary<string, string> { ["culture"] = "en" });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    private static string Message(IHtmlDocument page, string field) =>
        page.QuerySelector($"span[data-valmsg-for='{field}']").ShouldNotBeNull(field).TextContent.Trim();
}
