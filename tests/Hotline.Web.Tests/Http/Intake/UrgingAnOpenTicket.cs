using Hotline.Domain.Calls;
using Hotline.Domain.Tickets;
using Hotline.Web.Tests.Http.Support;
using Hotline.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Web.Tests.Http.Intake;

/// <summary>A repeat call about an open ticket urges it (催办) instead of opening a duplicate.</summary>
public sealed class UrgingAnOpenTicket(HotlineWebFactory app) : IClassFixture<HotlineWebFactory>
{
    private static readonly TicketStatus[] Open = [TicketStatus.PendingDispatch, TicketStatus.Dispatched, TicketStatus.InProgress];

    [Fact]
    public async Task The_urge_button_in_the_callers_history_counts_the_urge_on_the_ticket()
    {
        var target = await app.QueryAsync(db => db.Tickets.AsNoTracking()
            .Where(t => Open.Contains(t.Status) && t.UrgeCount == 0)
            .OrderBy(t => t.Id).Select(t => new { t.Id, t.Number, t.CallerPhone, t.Status }).FirstAsync());
        using var client = new HtmlClient(app);
        await client.LoginAsync("agent");
        var intake = await client.OpenIntakeAsync(target.CallerPhone);
        var button = intake.QuerySelector($"#history-panel button[data-testid='urge-{target.Number}']").ShouldNotBeNull();
        var before = await app.CountTicketsAndCallsAsync();

        var response = await client.SubmitAsync(intake, IntakeForm.Selector, new Dictionary<string, string>
        {
            ["Input.CallerPhone"] = target.CallerPhone,
            ["Input.Content"] = "市民再次来电，问题仍未解决。",
            [button.GetAttribute("name")!] = button.GetAttribute("value")!,
        }, button.GetAttribute("formaction"));

        response.RedirectPath().ShouldBe("/Intake");
        response.RedirectQuery("outcome").ShouldBe("Urge");
        response.RedirectQuery("done").ShouldBe(target.Number);
        (await app.CountTicketsAndCallsAsync()).ShouldBe((before.Tickets, before.Calls + 1));
        var after = await app.QueryAsync(db => db.Tickets.AsNoTracking().SingleAsync(t => t.Id == target.Id));
        after.UrgeCount.ShouldBe(1);
        after.Status.ShouldBe(target.Status);
        (await app.QueryAsync(db => db.Calls.Where(c => c.TicketId == target.Id && c.Outcome == CallOutcome.Urge).CountAsync())).ShouldBe(1);

        var detail = await client.GetDocumentAsync($"/Tickets/{target.Number}");
        detail.QuerySelector("[data-testid=urge-count]")!.TextContent.Trim().ShouldBe("催办 1");
        var entries = detail.QuerySelectorAll("[data-testid=timeline-entry]");
        var last = entries[entries.Length - 1].TextContent;
        last.ShouldContain("催办");
        last.ShouldContain("市民再次来电，问题仍未解决。");
    }

    [Fact]
    public async Task Each_urge_adds_one_to_the_count()
    {
        var target = await app.QueryAsync(db => db.Tickets.AsNoTracking()
            .Where(t => Open.Contains(t.Status) && t.UrgeCount > 0)
            .OrderBy(t => t.Id).Select(t => new { t.Number, t.CallerPhone, t.UrgeCount }).FirstAsync());
        using var client = new HtmlClient(app);
        await client.LoginAsync("agent");

        for (var i = 1; i <= 2; i++)
        {
            var response = await client.SubmitAsync(await client.OpenIntakeAsync(), IntakeForm.Selector, new Dictionary<string, string>
            {
                ["Input.CallerPhone"] = target.CallerPhone,
                ["Input.UrgeTicketNumber"] = target.Number,
            }, IntakeForm.Urge);
            response.RedirectQuery("done").ShouldBe(target.Number);
        }

        var detail = await client.GetDocumentAsync($"/Tickets/{target.Number}");
        detail.QuerySelector("[data-testid=urge-count]")!.TextContent.Trim().ShouldBe($"催办 {target.UrgeCount + 2}");
    }

    [Theory]
    [InlineData("closed", "该工单已办结或关闭，不能催办，请新建工单。")]
    [InlineData("missing", "要催办的工单不存在。")]
    [InlineData("malformed", "请选择要催办的工单。")]
    public async Task Urging_a_ticket_that_is_not_open_is_refused_next_to_the_history(string which, string message)
    {
        var closed = await app.QueryAsync(db => db.Tickets.Where(t => t.Status == TicketStatus.Closed).OrderBy(t => t.Id).Select(t => t.Number).FirstAsync());
        var number = which switch
        {
            "closed" => closed,
            "missing" => "20261123-99999",
            _ => "not-a-number",
        };
        using var client = new HtmlClient(app);
        await client.LoginAsync("agent");
        var before = await app.CountTicketsAndCallsAsync();
        var urgesBefore = await app.QueryAsync(db => db.Tickets.SumAsync(t => t.UrgeCount));

        var response = await client.SubmitAsync(await client.OpenIntakeAsync(), IntakeForm.Selector, new Dictionary<string, string>
        {
            ["Input.CallerPhone"] = "13912345678",
            ["Input.UrgeTicketNumber"] = number,
        }, IntakeForm.Urge);

        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
        InvalidIntakeIsRedisplayedWithMessages.Message(await HtmlClient.ParseAsync(response), "Input.UrgeTicketNumber").ShouldBe(message);
        (await app.CountTicketsAndCallsAsync()).ShouldBe(before);
        (await app.QueryAsync(db => db.Tickets.SumAsync(t => t.UrgeCount))).ShouldBe(urgesBefore);
    }
}
