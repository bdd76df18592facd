using System.Net;
using Hotline.Services.Data;
using Hotline.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Web.Tests.Admin;

/// <summary>In December, while next year has no calendar rows, supervisors and administrators are warned on every page.</summary>
public sealed class NextYearWarningTests : IClassFixture<HotlineWebFactory>
{
    // 09:00 on 1 December 2026 in Shanghai; the seed has no 2027 calendar.
    private static readonly DateTimeOffset December = new(2026, 12, 1, 1, 0, 0, TimeSpan.Zero);

    private readonly HotlineWebFactory _app;

    public NextYearWarningTests(HotlineWebFactory app)
    {
        _app = app;
        // Before signing in: a jump of a week would outlive a cookie issued earlier.
        if (_app.Clock.GetUtcNow() < December)
        {
            _app.Clock.SetUtcNow(December);
        }
    }

    [Fact]
    public async Task Supervisors_and_administrators_are_warned_and_only_administrators_get_the_link()
    {
        using var supervisor = await SignInAsync("supervisor");
        var supervisorPage = await supervisor.GetDocumentAsync("/Tickets");
        supervisorPage.QuerySelector("[data-testid=next-year-warning]")!.TextContent.ShouldContain("2027 年的节假日安排尚未录入");
        supervisorPage.QuerySelector("[data-testid=next-year-link]").ShouldBeNull();

        using var admin = await SignInAsync("admin");
        var adminPage = await admin.GetDocumentAsync("/Tickets");
        adminPage.QuerySelector("[data-testid=next-year-warning]").ShouldNotBeNull();
        adminPage.QuerySelector("[data-testid=next-year-link]")!.GetAttribute("href").ShouldBe("/Admin/Calendar?year=2027#import");

        using var agent = await SignInAsync("agent");
        (await agent.GetDocumentAsync("/Tickets")).QuerySelector("[data-testid=next-year-warning]").ShouldBeNull();
    }

    [Fact]
    public async Task Entering_next_year_s_schedule_ends_the_warning()
    {
        using var admin = await SignInAsync("admin");
        var page = await admin.GetDocumentAsync("/Admin/Calendar?year=2027");
        page.QuerySelector("[data-testid=next-year-warning]").ShouldNotBeNull();

        try
        {
            var response = await admin.SubmitAsync(page, "#import-form", new Dictionary<string, string> { ["ImportText"] = "2027-01-01,holiday,元旦" });
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect);

            (await admin.GetDocumentAsync("/Admin/Calendar?year=2027")).QuerySelector("[data-testid=next-year-warning]").ShouldBeNull();
            using var supervisor = await SignInAsync("supervisor");
            (await supervisor.GetDocumentAsync("/Tickets")).QuerySelector("[data-testid=next-year-warning]").ShouldBeNull();
        }
        finally
        {
            // The other test of this class expects 2027 to be empty.
            await using var scope = _app.AppServices.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<HotlineDbContext>();
            await db.CalendarDays.Where(d => d.Date >= new DateOnly(2027, 1, 1) && d.Date < new DateOnly(2028, 1, 1)).ExecuteDeleteAsync();
        }
    }

    private async Task<HtmlClient> SignInAsync(string user)
    {
        var client = new HtmlClient(_app);
        await client.LoginAsync(user);
        return client;
    }
}
