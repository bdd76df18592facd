using System.Net;
using Hotline.Services.Audit;
using Hotline.Services.Common;
using Hotline.Services.Users;
using Hotline.Web.Tests.Http.Support;
using Hotline.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Web.Tests.Http.Account;

/// <summary>Identity's security stamp is checked on every request: copied cookies and live sessions end at once.</summary>
public sealed class SessionsEndWhenTheStampChanges(HotlineWebFactory app) : IClassFixture<HotlineWebFactory>
{
    [Fact]
    public async Task A_cookie_copied_before_sign_out_is_refused_after_it()
    {
        using var owner = new HtmlClient(app);
        await owner.LoginAsync("agent");
        using var thief = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = app.BaseAddress };
        var cookie = string.Join("; ", owner.Cookies.GetCookies(app.BaseAddress).Select(c => $"{c.Name}={c.Value}"));
        (await GetWithCookieAsync(thief, cookie, "/Intake")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var home = await owner.GetDocumentAsync("/Tickets");
        (await owner.SubmitAsync(home, "form[action='/Account/Logout']", new Dictionary<string, string>())).RedirectPath().ShouldBe("/Account/Login");

        (await GetWithCookieAsync(thief, cookie, "/Intake")).RedirectPath().ShouldBe("/Account/Login");
    }

    [Fact]
    public async Task A_deactivated_users_live_session_is_refused_at_the_next_request()
    {
        using var dispatcher = new HtmlClient(app);
        await dispatcher.LoginAsync("dispatcher");
        (await dispatcher.GetAsync("/Dispatch")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await ActAsync((s, actor, id) => s.DeactivateAsync(id, actor), "dispatcher");

        (await dispatcher.GetAsync("/Dispatch")).RedirectPath().ShouldBe("/Account/Login");
        var again = await WrongPasswordsAreRefused.SignInAsync(dispatcher, "dispatcher", HtmlClient.Password);
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await app.QueryAsync(db => db.AuditEntries.Where(e => e.Area == AuditAreas.SignIn && e.Subject == "dispatcher").Select(e => e.After).ToListAsync()))
            .ShouldContain(after => after!.Contains("NotAllowed"));
        await ActAsync((s, actor, id) => s.ReactivateAsync(id, actor), "dispatcher");
    }

    [Fact]
    public async Task A_role_change_ends_the_session_and_the_next_sign_in_carries_the_new_role()
    {
        using var agent = new HtmlClient(app);
        await agent.LoginAsync("agent2");
        await using (var scope = app.AppServices.CreateAsyncScope())
        {
            var directory = scope.ServiceProvider.GetRequiredService<UserDirectory>();
            var id = await app.QueryAsync(db => db.Users.Where(u => u.UserName == "agent2").Select(u => u.Id).SingleAsync());
            var detail = (await directory.GetAsync(id)).ShouldNotBeNull();
            var admin = await AdminAsync();
            (await scope.ServiceProvider.GetRequiredService<UserAdminService>().UpdateAsync(new UserInput
            {
                Id = id,
                DisplayName = detail.DisplayName,
                Roles = [Domain.Access.Role.Agent, Domain.Access.Role.Supervisor],
                ConcurrencyStamp = detail.ConcurrencyStamp,
            }, admin)).Errors.ShouldBeEmpty();
        }

        (await agent.GetAsync("/Intake")).RedirectPath().ShouldBe("/Account/Login");
        await agent.LoginAsync("agent2");
        (await agent.GetAsync("/Supervision")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task After_a_reset_the_one_time_password_leads_to_choosing_a_new_one_first()
    {
        var reset = await ActAsync((s, actor, id) => s.ResetPasswordAsync(id, actor), "liaison-water");
        using var liaison = new HtmlClient(app);

        var login = await WrongPasswordsAreRefused.SignInAsync(liaison, "liaison-water", reset.OneTimePassword);
        login.RedirectPath().ShouldBe("/");
        (await liaison.GetAsync("/Workbench")).RedirectPath().ShouldBe("/Account/ChangePassword");

        var form = await liaison.GetDocumentAsync("/Account/ChangePassword");
        form.QuerySelector("[data-testid=must-change-password]").ShouldNotBeNull();
        var tooShort = await liaison.SubmitAsync(form, "[data-testid=change-password-form]", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = reset.OneTimePassword,
            ["Input.NewPassword"] = "short",
            ["Input.ConfirmPassword"] = "short",
        });
        tooShort.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await HtmlClient.ParseAsync(tooShort)).QuerySelector("[data-valmsg-for='Input.NewPassword']")!.TextContent.ShouldContain("至少 10 位");

        var changed = await liaison.SubmitAsync(await liaison.GetDocumentAsync("/Account/ChangePassword"), "[data-testid=change-password-form]", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = reset.OneTimePassword,
            ["Input.NewPassword"] = "Water-Works-2027",
            ["Input.ConfirmPassword"] = "Water-Works-2027",
        });
        changed.RedirectPath().ShouldBe("/Account/ChangePassword");
        (await liaison.GetAsync("/Workbench")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static async Task<HttpResponseMessage> GetWithCookieAsync(HttpClient client, string cookie, string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Cookie", cookie);
        return await client.SendAsync(request);
    }

    private async Task<Domain.Access.Actor> AdminAsync()
    {
        var admin = await app.QueryAsync(db => db.Users.Where(u => u.UserName == "admin").Select(u => new { u.Id, u.DisplayName }).SingleAsync());
        return new Domain.Access.Actor(admin.Id, admin.DisplayName, new HashSet<Domain.Access.Role> { Domain.Access.Role.Admin });
    }

    private async Task<T> ActAsync<T>(Func<UserAdminService, Domain.Access.Actor, string, Task<ServiceResult<T>>> act, string userName)
    {
        var id = await app.QueryAsync(db => db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync());
        var admin = await AdminAsync();
        await using var scope = app.AppServices.CreateAsyncScope();
        var result = await act(scope.ServiceProvider.GetRequiredService<UserAdminService>(), admin, id);
        result.Errors.ShouldBeEmpty();
        return result.Value!;
    }
}
