using System.Net;
using Hotline.Web.Tests.Http.Support;
using Hotline.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Web.Tests.Http.Account;

/// <summary>Locks agent2 in this class's database, on the app's (fake) clock; no other test here signs in as agent2 or moves the clock.</summary>
public sealed class RepeatedWrongPasswordsLockTheAccount(HotlineWebFactory app) : IClassFixture<HotlineWebFactory>
{
    private const string Refused = "用户名或密码错误。连续输错 5 次的账户将锁定 15 分钟。";

    [Fact]
    public async Task After_five_wrong_passwords_even_the_right_one_is_refused_until_fifteen_minutes_have_passed_on_the_app_s_clock()
    {
        using var client = new HtmlClient(app);
        var started = app.Clock.GetUtcNow();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            var wrong = await WrongPasswordsAreRefused.SignInAsync(client, "agent2", $"wrong-{attempt}");
            wrong.StatusCode.ShouldBe(HttpStatusCode.OK, $"attempt {attempt}");
        }

        var response = await WrongPasswordsAreRefused.SignInAsync(client, "agent2", HtmlClient.Password);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await HtmlClient.ParseAsync(response)).QuerySelector("main form [role=alert]")!.TextContent.ShouldContain(Refused);
        (await client.GetAsync("/Intake")).RedirectPath().ShouldBe("/Account/Login");
        var lockoutEnd = await app.QueryAsync(db => db.Users.Where(u => u.UserName == "agent2").Select(u => u.LockoutEnd).SingleAsync());
        lockoutEnd.ShouldBe(started.AddMinutes(15));

        app.Clock.Advance(TimeSpan.FromMinutes(14));
        (await WrongPasswordsAreRefused.SignInAsync(client, "agent2", HtmlClient.Password)).StatusCode.ShouldBe(HttpStatusCode.OK, "still locked");
        app.Clock.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        (await WrongPasswordsAreRefused.SignInAsync(client, "agent2", HtmlClient.Password)).RedirectPath().ShouldBe("/");
    }
}
