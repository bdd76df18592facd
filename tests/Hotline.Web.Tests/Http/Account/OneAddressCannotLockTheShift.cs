using System.Net;
using Hotline.Web.Infrastructure;
using Hotline.Web.Tests.Http.Support;
using Hotline.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Web.Tests.Http.Account;

/// <summary>
/// The sign-in post is limited per client address (10 per 15 minutes by default): one address that tries name after
/// name locks two accounts at most, then is refused with 429 and Retry-After; another address signs in as usual.
/// </summary>
public sealed class OneAddressCannotLockTheShift(OneAddressCannotLockTheShift.SignInLimitedApp app) : IClassFixture<OneAddressCannotLockTheShift.SignInLimitedApp>
{
    [Fact]
    public async Task After_ten_sign_in_posts_an_address_is_refused_and_the_next_account_stays_unlocked()
    {
        using var attacker = Client("203.0.113.7");
        foreach (var user in new[] { "agent2", "dispatcher" })
        {
            for (var attempt = 1; attempt <= 5; attempt++)
            {
                (await WrongPasswordsAreRefused.SignInAsync(attacker, user, $"guess-{attempt}")).StatusCode.ShouldBe(HttpStatusCode.OK);
            }
        }

        using var refused = await WrongPasswordsAreRefused.SignInAsync(attacker, "supervisor", "guess-1");

        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        int.Parse(refused.Headers.RetryAfter!.ToString(), System.Globalization.CultureInfo.InvariantCulture).ShouldBeInRange(1, 15 * 60);
        (await HtmlClient.ParseAsync(refused)).QuerySelector("main h1")!.TextContent.ShouldBe("操作过于频繁，请稍后再试。");
        var supervisor = await app.QueryAsync(db => db.Users.SingleAsync(u => u.UserName == "supervisor"));
        (supervisor.AccessFailedCount, supervisor.LockoutEnd).ShouldBe((0, null));

        using var colleague = Client("203.0.113.8");
        (await WrongPasswordsAreRefused.SignInAsync(colleague, "supervisor", HtmlClient.Password)).RedirectPath().ShouldBe("/");
    }

    /// <summary>A browser at <paramref name="address"/>, as the reverse proxy in front of the app reports it.</summary>
    private HtmlClient Client(string address)
    {
        var client = new HtmlClient(app);
        client.Http.DefaultRequestHeaders.Add("X-Forwarded-For", address);
        return client;
    }

    /// <summary>The app with the production limit on sign-in posts.</summary>
    public sealed class SignInLimitedApp : HotlineWebFactory
    {
        protected override void ConfigureVariant(IWebHostBuilder builder) =>
            builder.UseSetting($"{SignInLimits.Section}:{nameof(SignInLimits.AttemptsPerAddress)}", new SignInLimits().AttemptsPerAddress.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
