using System.Net;
using Hotline.Web.Tests.Http.Support;
using Hotline.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Web.Tests.Http.Account;

/// <summary>Locks agent2 for good in this class's database; no other test here signs in as agent2.</summary>
public sealed class RepeatedWrongPasswordsLockTheAccount(HotlineWebFactory app) : IClassFixture<HotlineWebFactory>
{
    private const string Refused = "用户名或密码错误。连续输错 5 次的账户将锁定 15 分钟。";

    [Fact]
    public async Task After_five_wrong_passwords_even_the_right_one_is_refused()
    {
        using var client = new HtmlClient(app);
        // ASP.NET Core Identity (10.0) reads the system clock for lockouts, not TimeProvider: bracket it.
        var started = DateTimeOffset.UtcNow;
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
        lockoutEnd.ShouldNotBeNull().ShouldBeInRange(started.AddMinutes(15), DateTimeOffset.UtcNow.AddMinutes(15));
    }
}
