using System.Net;
using Hotline.Domain.Calls;
using Hotline.Domain.Tickets;
using Hotline.Web.Tests.Http.Support;
using Hotline.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Web.Tests.Http.Access;

/// <summary>A unit's liaison sees the tickets led by their unit, and nothing of any other unit's, however they ask.</summary>
public sealed class LiaisonsSeeOnlyTheirUnitsTickets(HotlineWebFactory app) : IClassFixture<HotlineWebFactory>
{
    private const string Heating = "市热力有限公司";
    private const int UnitColumn = 5;
    private const int PhoneColumn = 6;

    [Fact]
    public async Task A_liaison_opens_a_ticket_led_by_their_unit()
    {
        var number = await app.QueryAsync(db => db.Tickets
            .Where(t => t.LeadUnitId == db.Units.Single(u => u.Code == "heating").Id)
            .OrderBy(t => t.Id).Select(t => t.Number).FirstAsync());
        using var client = await SignedInAsync("liaison-heating");

        var page = await client.GetDocumentAsync($"/Tickets/{number}");

        page.QuerySelector("[data-testid=ticket-number]")!.TextContent.ShouldBe(number);
    }

    [Fact]
    public async Task Another_units_ticket_answers_404_like_a_ticket_that_does_not_exist()
    {
        var (others, staffOnly) = await app.QueryAsync(async db =>
        {
            var heating = await db.Units.Where(u => u.Code == "heating").Select(u => u.Id).SingleAsync();
            var otherUnit = await db.Tickets.Where(t => t.LeadUnitId != null && t.LeadUnitId != heating).OrderBy(t => t.Id).Select(t => t.Number).FirstAsync();
            // Not dispatched yet: no unit may see it, even the one it will probably go to.
            var pending = await db.Tickets.Where(t => t.LeadUnitId == null && t.SuggestedUnitId == heating).Select(t => t.Number).FirstOrDefaultAsync()
                ?? await db.Tickets.Where(t => t.LeadUnitId == null).OrderBy(t => t.Id).Select(t => t.Number).FirstAsync();
            return (otherUnit, pending);
        });
        using var client = await SignedInAsync("liaison-heating");

        var byLink = await client.GetAsync($"/Tickets/{others}");
        var undispatched = await client.GetAsync($"/Tickets/{staffOnly}");
        var missing = await client.GetAsync("/Tickets/20261123-99999");

        byLink.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        undispatched.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var page = await HtmlClient.ParseAsync(byLink);
        page.Body!.TextContent.ShouldNotContain(others);
        Heading(page).ShouldBe("没有找到该页面或工单");
        Heading(await HtmlClient.ParseAsync(undispatched)).ShouldBe(Heading(page));
        Heading(await HtmlClient.ParseAsync(missing)).ShouldBe(Heading(page));
    }

    [Fact]
    public async Task Guessing_the_numbers_around_an_own_ticket_reveals_no_other_units_ticket()
    {
        var (own, neighbours) = await app.QueryAsync(async db =>
        {
            var heating = await db.Units.Where(u => u.Code == "heating").Select(u => u.Id).SingleAsync();
            var mine = await db.Tickets.Where(t => t.LeadUnitId == heating).Select(t => t.Number).ToListAsync();
            var numbers = mine.SelectMany(n => Around(n)).Distinct().Except(mine).ToList();
            var existing = await db.Tickets.Where(t => numbers.Contains(t.Number)).Select(t => t.Number).ToListAsync();
            return (mine, existing);
        });
        neighbours.ShouldNotBeEmpty("the demo data should have other units' tickets next to the heating company's");
        using var client = await SignedInAsync("liaison-heating");

        foreach (var number in neighbours)
        {
            (await client.GetAsync($"/Tickets/{number}")).StatusCode.ShouldBe(HttpStatusCode.NotFound, number);
        }

        (await client.GetAsync($"/Tickets/{own[0]}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_ticket_list_shows_only_the_units_own_tickets()
    {
        var expected = await app.QueryAsync(db => db.Tickets.CountAsync(t => t.LeadUnitId == db.Units.Single(u => u.Code == "heating").Id));
        using var client = await SignedInAsync("liaison-heating");

        var page = await client.GetDocumentAsync("/Tickets?Filter.PageSize=100");

        var rows = page.QuerySelectorAll("[data-testid=ticket-row]");
        expected.ShouldBeGreaterThan(0);
        rows.Length.ShouldBe(Math.Min(expected, 100));
        rows.Select(r => r.Children[UnitColumn].TextContent.Trim()).Distinct().ShouldBe([Heating]);
        page.QuerySelector("[data-testid=result-count]")!.TextContent.ShouldContain(expected.ToString(System.Globalization.CultureInfo.InvariantCulture));
        page.QuerySelector("#f-unit").ShouldBeNull("a liaison has no unit filter to change");
    }

    [Fact]
    public async Task A_unit_filter_or_another_units_number_in_the_query_string_widens_nothing()
    {
        var (otherUnitId, otherNumber) = await app.QueryAsync(async db =>
        {
            var heating = await db.Units.Where(u => u.Code == "heating").Select(u => u.Id).SingleAsync();
            var ticket = await db.Tickets.Where(t => t.LeadUnitId != null && t.LeadUnitId != heating).OrderBy(t => t.Id)
                .Select(t => new { Unit = t.LeadUnitId!.Value, t.Number }).FirstAsync();
            return (ticket.Unit, ticket.Number);
        });
        using var client = await SignedInAsync("liaison-heating");

        var byUnit = await client.GetDocumentAsync($"/Tickets?Filter.UnitId={otherUnitId}");
        var byNumber = await client.GetDocumentAsync($"/Tickets?Filter.Number={otherNumber}");

        byUnit.QuerySelectorAll("[data-testid=ticket-row]").ShouldBeEmpty();
        byNumber.QuerySelectorAll("[data-testid=ticket-row]").ShouldBeEmpty();
    }

    [Fact]
    public async Task A_confidential_callers_number_is_masked_for_the_unit_and_shown_to_hotline_staff()
    {
        var ticket = await app.QueryAsync(db => db.Tickets
            .Where(t => t.IsConfidential && t.LeadUnitId != null)
            .OrderBy(t => t.Id)
            .Select(t => new { t.Number, t.CallerPhone, t.CallerName, Unit = db.Units.Single(u => u.Id == t.LeadUnitId).Code })
            .FirstAsync());
        var masked = PhoneNumber.Mask(ticket.CallerPhone);
        masked.ShouldMatch(@"^\d{3}\*{4}\d{4}$");
        using var liaison = await SignedInAsync($"liaison-{ticket.Unit}");
        using var agent = await SignedInAsync("agent");

        var unitView = await liaison.GetDocumentAsync($"/Tickets/{ticket.Number}");
        var unitList = await liaison.GetDocumentAsync($"/Tickets?Filter.Number={ticket.Number}");
        var staffView = await agent.GetDocumentAsync($"/Tickets/{ticket.Number}");

        unitView.QuerySelector("[data-testid=caller-phone]")!.TextContent.Trim().ShouldBe(masked);
        unitView.Body!.InnerHtml.ShouldNotContain(ticket.CallerPhone);
        if (ticket.CallerName is { Length: > 1 } name)
        {
            unitView.Body.InnerHtml.ShouldNotContain(name);
        }

        unitList.QuerySelector("[data-testid=ticket-row]")!.Children[PhoneColumn].TextContent.Trim().ShouldBe(masked);
        staffView.QuerySelector("[data-testid=caller-phone]")!.TextContent.Trim().ShouldBe(ticket.CallerPhone);
    }

    [Fact]
    public async Task A_liaison_cannot_uncover_a_confidential_callers_number_by_searching_for_it()
    {
        var ticket = await app.QueryAsync(db => db.Tickets
            .Where(t => t.IsConfidential && t.LeadUnitId != null && t.CallerPhone.Length == 11)
            .OrderBy(t => t.Id)
            .Select(t => new { t.Number, t.CallerPhone, Unit = db.Units.Single(u => u.Id == t.LeadUnitId).Code })
            .FirstAsync());
        using var liaison = await SignedInAsync($"liaison-{ticket.Unit}");
        using var agent = await SignedInAsync("agent");

        // The whole number, and the hidden middle digits guessed one search at a time.
        string[] searches = [ticket.CallerPhone, ticket.CallerPhone[..7], ticket.CallerPhone[3..7]];
        foreach (var phone in searches)
        {
            var unitList = await liaison.GetDocumentAsync($"/Tickets?Filter.Phone={phone}&Filter.PageSize=100");
            unitList.QuerySelectorAll("[data-testid=ticket-row] td:first-child a").Select(a => a.TextContent)
                .ShouldNotContain(ticket.Number, $"a liaison searching for {phone}");
        }

        var staffList = await agent.GetDocumentAsync($"/Tickets?Filter.Phone={ticket.CallerPhone}&Filter.PageSize=100");
        staffList.QuerySelectorAll("[data-testid=ticket-row] td:first-child a").Select(a => a.TextContent).ShouldContain(ticket.Number);
    }

    [Fact]
    public async Task A_liaison_without_a_ticket_of_their_unit_sees_an_empty_list()
    {
        var idle = await app.QueryAsync(db => db.Units
            .Where(u => !db.Tickets.Any(t => t.LeadUnitId == u.Id))
            .OrderBy(u => u.Id).Select(u => u.Code).FirstAsync());
        using var client = await SignedInAsync($"liaison-{idle}");

        var page = await client.GetDocumentAsync("/Tickets");

        page.QuerySelectorAll("[data-testid=ticket-row]").ShouldBeEmpty();
    }

    private async Task<HtmlClient> SignedInAsync(string user)
    {
        var client = new HtmlClient(app);
        await client.LoginAsync(user);
        return client;
    }

    private static IEnumerable<string> Around(string number)
    {
        TicketNumber.TryParse(number, out var day, out var sequence).ShouldBeTrue();
        for (var s = Math.Max(1, sequence - 2); s <= sequence + 2; s++)
        {
            yield return TicketNumber.Format(day, s);
        }
    }

    private static string Heading(AngleSharp.Html.Dom.IHtmlDocument page) => page.QuerySelector("main h1")!.TextContent.Trim();
}
