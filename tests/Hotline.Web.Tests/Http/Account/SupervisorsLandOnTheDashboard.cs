using Hotline.Services.Data;
using Hotline.Web.Tests.Http.Support;
using Hotline.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Web.Tests.Http.Account;

/// <summary>
/// Supervisors work from the dashboard, so signing in takes them there (through home) unless they asked for another page;
/// holding another role as well does not change that.
/// </summary>
public sealed class SupervisorsLandOnTheDashboard(HotlineWebFactory app) : IClassFixture<HotlineWebFactory>
{
    [Fact]
    public async Task Signing_in_as_a_supervisor_leads_home_and_home_leads_to_the_dashboard()
    {
        using var client = new HtmlClient(app);

        var signIn = await SignInAsync(client, "/Account/Login", "supervisor");
        var home = await client.GetAsync(signIn.RedirectTarget().PathAndQuery);

        signIn.RedirectPath().ShouldBe("/");
        home.RedirectPath().ShouldBe("/Dashboards");
        (await client.GetDocumentAsync("/Dashboards")).QuerySelector("[data-testid=kpi-calls-value]").ShouldNotBeNull();
    }

    [Fact]
    public async Task A_supervisor_who_asked_for_a_page_is_taken_there_instead()
    {
        using var client = new HtmlClient(app);

        var signIn = await SignInAsync(client, "/Account/Login?ReturnUrl=%2FSupervision", "supervisor");

        signIn.RedirectTarget().PathAndQuery.ShouldBe("/Supervision");
    }

    [Fact]
    public async Task A_supervisor_who_is_also_an_administrator_lands_on_the_dashboard()
    {
        await using (var scope = app.AppServices.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<HotlineUser>>();
            // The demo password, set as the demo seeder sets it (the password rules refuse it for new accounts).
            var user = new HotlineUser { UserName = "supervisor-admin", DisplayName = "值班主任兼管理员" };
            user.PasswordHash = users.PasswordHasher.HashPassword(user, HtmlClient.Password);
            (await users.CreateAsync(user)).Succeeded.ShouldBeTrue();
            (await users.AddToRolesAsync(user, [Roles.Supervisor, Roles.Admin])).Succeeded.ShouldBeTrue();
        }

        using var client = new HtmlClient(app);
        await client.LoginAsync("supervisor-admin");

        (await client.GetAsync("/")).RedirectPath().ShouldBe("/Dashboards");
    }

    private static async Task<HttpResponseMessage> SignInAsync(HtmlClient client, string loginUrl, string userName)
    {
        var login = await client.GetDocumentAsync(loginUrl);
        return await client.SubmitAsync(login, "main form", new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.Password"] = HtmlClient.Password,
        });
    }
}
