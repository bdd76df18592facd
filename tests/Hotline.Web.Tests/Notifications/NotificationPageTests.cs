using System.Net;
using AngleSharp.Html.Dom;
using Hotline.Domain.Tickets;
using Hotline.Services.Data;
using Hotline.Services.Dispatch;
using Hotline.Services.Intake;
using Hotline.Testing;
using Hotline.Web.Tests.Http.Support;
using Hotline.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Web.Tests.Notifications;

/// <summary>The header's unread count and the notification list, over HTTP.</summary>
public sealed class NotificationPageTests(HotlineWebFactory app) : IClassFixture<HotlineWebFactory>
{
    [Fact]
    public async Task The_notification_list_requires_signing_in()
    {
        using var client = new HtmlClient(app);

        var response = await client.GetAsync("/Notifications");

        response.RedirectPath().ShouldBe("/Account/Login");
    }

    [Fact]
    public async Task A_dispatch_to_the_liaison_s_unit_shows_in_the_badge_and_the_list_until_all_are_marked_read()
    {
        using var liaison = new HtmlClient(app);
        await liaison.LoginAsync("liaison-gas");
        Badge(await liaison.GetDocumentAsync("/Tickets")).ShouldBeNull();

        var number = await DispatchedTicketAsync("gas");

        Badge(await liaison.GetDocumentAsync("/Tickets")).ShouldBe("1");
        var list = await liaison.GetDocumentAsync("/Notifications");
        var row = list.QuerySelector("[data-testid=notification-row]")!;
        row.GetAttribute("data-unread").ShouldBe("true");
        row.TextContent.ShouldContain("新派工单");
        row.TextContent.ShouldContain(number);
        row.TextContent.ShouldContain(Local(app.Clock.GetUtcNow()));

        var response = await liaison.SubmitAsync(list, "#read-all-form", new Dictionary<string, string>());

        response.RedirectPath().ShouldBe("/Notifications");
        var after = await liaison.GetDocumentAsync("/Notifications");
        Badge(after).ShouldBeNull();
        after.QuerySelectorAll("[data-testid=notification-row]").ShouldAllBe(r => r.GetAttribute("data-unread") == "false");
        after.QuerySelector("[data-testid=mark-all-read]").ShouldBeNull();
    }

    [Fact]
    public async Task Opening_a_notification_marks_it_read_and_shows_its_ticket()
    {
        using var liaison = new HtmlClient(app);
        await liaison.LoginAsync("liaison-power");
        var number = await DispatchedTicketAsync("power");
        var list = await liaison.GetDocumentAsync("/Notifications");

        var response = await liaison.SubmitAsync(list, "[data-testid=notification-row] form", new Dictionary<string, string>());

        response.RedirectPath().ShouldBe($"/Tickets/{number}");
        Badge(await liaison.GetDocumentAsync("/Notifications")).ShouldBeNull();
        (await liaison.GetAsync($"/Tickets/{number}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Marking_another_person_s_notification_read_is_not_found_and_changes_nothing()
    {
        await DispatchedTicketAsync("bus");
        var theirs = await app.QueryAsync(db => db.Notifications
            .Where(n => db.Users.Any(u => u.Id == n.UserId && u.UserName == "liaison-bus"))
            .OrderByDescending(n => n.Id).Select(n => n.Id).FirstAsync());
        using var intruder = new HtmlClient(app);
        await intruder.LoginAsync("liaison-water");
        var page = await intruder.GetDocumentAsync("/Notifications");
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var response = await intruder.Http.PostAsync($"/Notifications?handler=Read&id={theirs}",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        var all = await intruder.Http.PostAsync("/Notifications?handler=ReadAll",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        all.RedirectPath().ShouldBe("/Notifications");
        (await app.QueryAsync(db => db.Notifications.SingleAsync(n => n.Id == theirs))).ReadAt.ShouldBeNull();
        using var owner = new HtmlClient(app);
        await owner.LoginAsync("liaison-bus");
        Badge(await owner.GetDocumentAsync("/Tickets")).ShouldBe("1");
    }

    private static string? Badge(IHtmlDocument page)
    {
        page.QuerySelector("[data-testid=nav-notifications]").ShouldNotBeNull("the bell is in the header of every signed-in page");
        return page.QuerySelector("[data-testid=unread-count]")?.TextContent.Trim();
    }

    private static string Local(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Registers a heating help request as the agent and dispatches it to <paramref name="unitCode"/> as the dispatcher.</summary>
    private async Task<string> DispatchedTicketAsync(string unitCode)
    {
        await using var scope = app.AppServices.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HotlineDbContext>();
        var category = await db.Categories.Where(c => c.Code == "utilities-heating").Select(c => c.Id).SingleAsync();
        var unit = await db.Units.Where(u => u.Code == unitCode).Select(u => u.Id).SingleAsync();
        var agent = await app.AppServices.ViewerAsync("agent");
        var registered = await scope.ServiceProvider.GetRequiredService<IntakeService>().ExecuteAsync(new IntakeInput
        {
            SubmissionId = Guid.NewGuid(),
            CallerPhone = "13905351234",
            RequestType = RequestType.HelpRequest,
            CategoryId = category,
            Address = "芝罘区南大街88号",
            Content = "市民来电反映家中暖气不热，室温只有十二度，请尽快维修。",
        }, IntakeAction.Register, agent.Actor);
        var number = registered.Value!.TicketNumber!;
        var version = await db.Tickets.Where(t => t.Number == number).Select(t => t.Version).SingleAsync();
        var dispatcher = await app.AppServices.ViewerAsync("dispatcher");
        var dispatched = await scope.ServiceProvider.GetRequiredService<DispatchService>()
            .DispatchAsync(number, new DispatchInput { LeadUnitId = unit, Version = version }, dispatcher.Actor);
        dispatched.Errors.ShouldBeEmpty();
        return number;
    }
}
