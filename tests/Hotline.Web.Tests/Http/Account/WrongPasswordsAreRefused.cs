using System.Net;
using AngleSharp.Html.Dom;
using Hotline.Web.Tests.Http.Support;
using Hotline.Web.Tests.Infrastructure;

namespace Hotline.Web.Tests.Http.Account;

public sealed class WrongPasswordsAreRefused(HotlineWebFactory app) : IClassFixture<HotlineWebFactory>
{
    [Fact]
    public async Task A_wrong_password_shows_the_form_again_with_an_error_and_signs_nobody_in()
    {
        using var client = new HtmlClient(app);

        var response = await SignInAsync(client, "dispatcher", "not-the-password");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await HtmlClient.ParseAsync(response);
        page.QuerySelector("main form [role=alert]")!.TextContent.ShouldContain("用户名或密码错误。");
        (page.QuerySelector("main form input[name='Input.UserName']") as IHtmlInputElement)!.Value.ShouldBe("dispatcher");
        (page.QuerySelector("main form input[name='Input.Password']") as IHtmlInputElement)!.Value.ShouldBeEmpty();
        (await client.GetAsync("/Tickets")).RedirectPath().ShouldBe("/Account/Login");
    }

    [Fact]
    public async Task An_unknown_user_gets_the_same_message_as_a_wrong_password()
    {
        using var client = new HtmlClient(app);

        var response = await SignInAsync(client, "nobody-here", HtmlClient.Password);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await HtmlClient.ParseAsync(response)).QuerySelector("main form [role=alert]")!.TextContent.ShouldContain("用户名或密码错误。");
    }

    [Fact]
    public async Task Empty_fields_get_a_message_next_to_each()
    {
        using var client = new HtmlClient(app);

        var response = await SignInAsync(client, "", "");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await HtmlClient.ParseAsync(response);
        page.QuerySelector("span[data-valmsg-for='Input.UserName']")!.TextContent.ShouldBe("请输入用户名。");
        page.QuerySelector("span[data-valmsg-for='Input.Password']")!.TextContent.ShouldBe("请输入密码。");
    }

    [Fact]
    public async Task Four_wrong_passwords_do_not_lock_the_account()
    {
        using var client = new HtmlClient(app);
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            (await SignInAsync(client, "supervisor", $"wrong-{attempt}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var response = await SignInAsync(client, "supervisor", HtmlClient.Password);

        response.RedirectPath().ShouldBe("/");
    }

    internal static async Task<HttpResponseMessage> SignInAsync(HtmlClient client, string userName, string password)
    {
        var login = await client.GetDocumentAsync("/Account/Login");
        return await client.SubmitAsync(login, "main form", new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
        });
    }
}
