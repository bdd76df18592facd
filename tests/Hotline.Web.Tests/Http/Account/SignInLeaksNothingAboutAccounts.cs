using System.Net;
using Hotline.Services.Audit;
using Hotline.Services.Data;
using Hotline.Web.Tests.Http.Support;
using Hotline.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Hotline.Web.Tests.Http.Account;

/// <summary>
/// An unknown name, a wrong password and a locked account look the same to whoever signs in: the same words, and the
/// same work behind them (one password hash verified each, which is what the time of a sign-in is made of). Only the
/// audit log tells them apart, for the administrator.
/// </summary>
public sealed class SignInLeaksNothingAboutAccounts(SignInLeaksNothingAboutAccounts.CountingApp app) : IClassFixture<SignInLeaksNothingAboutAccounts.CountingApp>
{
    [Fact]
    public async Task Unknown_names_wrong_passwords_and_locked_accounts_get_the_same_words_after_the_same_work()
    {
        using var client = new HtmlClient(app);
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await WrongPasswordsAreRefused.SignInAsync(client, "agent2", $"wrong-{attempt}");
        }

        var unknown = await RefusalAsync(client, "nobody-at-all", "whatever-1");
        var wrong = await RefusalAsync(client, "dispatcher", "whatever-2");
        var locked = await RefusalAsync(client, "agent2", "whatever-3");
        var lockedRightPassword = await RefusalAsync(client, "agent2", HtmlClient.Password);

        unknown.Message.ShouldContain("用户名或密码错误");
        new[] { wrong.Message, locked.Message, lockedRightPassword.Message }.ShouldAllBe(m => m == unknown.Message);
        new[] { unknown.Verified, wrong.Verified, locked.Verified, lockedRightPassword.Verified }.ShouldAllBe(v => v == 1);
        var refusals = await app.QueryAsync(db => db.AuditEntries.Where(e => e.Area == AuditAreas.SignIn && e.Action == "SignInFailed")
            .OrderBy(e => e.Id).Select(e => new { e.Subject, e.After, e.Address }).ToListAsync());
        refusals.Select(r => $"{r.Subject} {Reason(r.After)}").ShouldBe(
        [
            "agent2 WrongPassword", "agent2 WrongPassword", "agent2 WrongPassword", "agent2 WrongPassword", "agent2 LockedOut",
            "nobody-at-all UnknownUser", "dispatcher WrongPassword", "agent2 LockedOut", "agent2 LockedOut",
        ]);
        refusals.ShouldAllBe(r => r.Address == "127.0.0.1");
    }

    private static string? Reason(string? after) =>
        after is null ? null : System.Text.Json.JsonDocument.Parse(after).RootElement.GetProperty("Reason").GetString();

    private async Task<(string Message, int Verified)> RefusalAsync(HtmlClient client, string userName, string password)
    {
        var login = await client.GetDocumentAsync("/Account/Login");
        var before = app.Hasher.Verified;
        using var response = await client.SubmitAsync(login, "main form", new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
        });
        var verified = app.Hasher.Verified - before;
        response.StatusCode.ShouldBe(HttpStatusCode.OK, userName);
        var message = (await HtmlClient.ParseAsync(response)).QuerySelector("main form [role=alert]")!.TextContent.Trim();
        return (message, verified);
    }

    /// <summary>The app with a password hasher that counts the hashes it verifies.</summary>
    public sealed class CountingApp : HotlineWebFactory
    {
        public CountingHasher Hasher { get; } = new();

        protected override void ConfigureVariant(IWebHostBuilder builder) =>
            builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton<IPasswordHasher<HotlineUser>>(Hasher)));
    }

    public sealed class CountingHasher : IPasswordHasher<HotlineUser>
    {
        private readonly PasswordHasher<HotlineUser> _inner = new();
        private int _verified;

        public int Verified => Volatile.Read(ref _verified);

        public string HashPassword(HotlineUser user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(HotlineUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _verified);
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
