using Hotline.Web.Tests.Http.Support;
using Hotline.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Web.Tests.Http.Tickets;

/// <summary>Instants are stored in UTC and shown, and typed, in the hotline's own time zone (Asia/Shanghai, UTC+8).</summary>
public sealed class TimesAreShownInShanghaiTime(HotlineWebFactory app) : IClassFixture<HotlineWebFactory>
{
    [Fact]
    public async Task A_ticket_registered_at_two_UTC_shows_ten_oclock()
    {
        app.Clock.GetUtcNow().ShouldBe(new DateTimeOffset(2026, 11, 23, 2, 0, 0, TimeSpan.Zero));
        using var client = new HtmlClient(app);
        await client.LoginAsync("agent");
        var intake = await client.OpenIntakeAsync();
        intake.QuerySelector("#intake-form input[name='Input.StartedAt']")!.GetAttribute("value").ShouldBe("2026-11-23T10:00");

        var response = await client.SubmitAsync(intake, IntakeForm.Selector,
            IntakeForm.HeatingRequest(await app.CategoryIdAsync("utilities-heating")), IntakeForm.Register);

        var number = response.RedirectQuery("done").ShouldNotBeNull();
        number.ShouldStartWith("20261123-");
        var detail = await client.GetDocumentAsync($"/Tickets/{number}");
        Definition(detail, "登记时间").ShouldStartWith("2026-11-23 10:00");
        detail.QuerySelector("[data-testid=timeline-entry] .text-muted")!.TextContent.ShouldStartWith("2026-11-23 10:00");
        var list = await client.GetDocumentAsync($"/Tickets?Filter.Number={number}");
        list.QuerySelector("[data-testid=ticket-row] td:nth-child(2)")!.TextContent.Trim().ShouldBe("2026-11-23 10:00");
    }

    [Fact]
    public async Task The_call_times_an_agent_types_are_read_as_Shanghai_time()
    {
        using var client = new HtmlClient(app);
        await client.LoginAsync("agent");
        var form = IntakeForm.HeatingRequest(await app.CategoryIdAsync("utilities-heating"));
        form["Input.StartedAt"] = "2026-11-23T09:52";
        form["Input.EndedAt"] = "2026-11-23T09:57";

        var response = await client.SubmitAsync(await client.OpenIntakeAsync(), IntakeForm.Selector, form, IntakeForm.Register);

        var number = response.RedirectQuery("done");
        var call = await app.QueryAsync(db => db.Calls.AsNoTracking().SingleAsync(c => c.TicketId == db.Tickets.Single(t => t.Number == number).Id));
        call.StartedAt.ShouldBe(new DateTimeOffset(2026, 11, 23, 1, 52, 0, TimeSpan.Zero));
        call.EndedAt.ShouldBe(new DateTimeOffset(2026, 11, 23, 1, 57, 0, TimeSpan.Zero));
    }

    [Fact]
    public async Task The_date_filter_means_Shanghai_calendar_days()
    {
        using var client = new HtmlClient(app);
        await client.LoginAsync("dispatcher");
        var (day, expected) = await app.QueryAsync(async db =>
        {
            // 2026-11-22 in Shanghai runs from 2026-11-21T16:00Z to 2026-11-22T16:00Z.
            var start = new DateTimeOffset(2026, 11, 21, 16, 0, 0, TimeSpan.Zero);
            var count = await db.Tickets.CountAsync(t => t.RegisteredAt >= start && t.RegisteredAt < start.AddDays(1));
            return ("2026-11-22", count);
        });
        expected.ShouldBeGreaterThan(0);

        var list = await client.GetDocumentAsync($"/Tickets?Filter.From={day}&Filter.To={day}&Filter.PageSize=100");

        var shown = list.QuerySelectorAll("[data-testid=ticket-row] td:nth-child(2)").Select(c => c.TextContent.Trim()).ToList();
        shown.Count.ShouldBe(expected);
        shown.ShouldAllBe(s => s.StartsWith(day, StringComparison.Ordinal));
    }

    private static string Definition(AngleSharp.Html.Dom.IHtmlDocument page, string term) =>
        page.QuerySelectorAll("dt").Single(dt => dt.TextContent.Trim() == term).NextElementSibling!.TextContent.Trim();
}
