using Hotline.Services.Common;
using Hotline.Services.Tests.Infrastructure;
using Hotline.Services.Tickets;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Tests.Tickets;

public sealed class LiaisonVisibilityTests(DatabaseFixture app) : DatabaseTest<DatabaseFixture>(app), IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task A_liaison_lists_only_the_tickets_their_unit_leads()
    {
        var (ours, suggestedOnly, theirs) = await RegisterThreeAsync("13906660001");

        var listed = await SearchAsync(new TicketFilter { PageSize = 100 }, "liaison-heating");

        var heating = await App.UnitIdAsync("heating");
        var led = await App.ReadAsync(db => db.Tickets.Where(t => t.LeadUnitId == heating).Select(t => t.Number).ToListAsync());
        listed.Items.Select(i => i.Number).ShouldBe(led, ignoreOrder: true);
        listed.TotalCount.ShouldBe(led.Count);
        listed.Items.Select(i => i.Number).ShouldContain(ours);
        listed.Items.Select(i => i.Number).ShouldNotContain(suggestedOnly);
        listed.Items.Select(i => i.Number).ShouldNotContain(theirs);
    }

    [Fact]
    public async Task Filters_cannot_widen_what_a_liaison_sees()
    {
        var (_, suggestedOnly, theirs) = await RegisterThreeAsync("13906660002");

        (await SearchAsync(new TicketFilter { Number = theirs }, "liaison-heating")).Items.ShouldBeEmpty();
        (await SearchAsync(new TicketFilter { Number = suggestedOnly }, "liaison-heating")).Items.ShouldBeEmpty();
        (await SearchAsync(new TicketFilter { UnitId = await App.UnitIdAsync("water") }, "liaison-heating")).TotalCount.ShouldBe(0);
    }

    [Fact]
    public async Task A_liaison_cannot_open_another_units_ticket()
    {
        var (ours, suggestedOnly, theirs) = await RegisterThreeAsync("13906660003");

        (await GetAsync(ours, "liaison-heating")).ShouldNotBeNull().Number.ShouldBe(ours);
        (await GetAsync(theirs, "liaison-heating")).ShouldBeNull();
        (await GetAsync(suggestedOnly, "liaison-heating")).ShouldBeNull();
        (await GetAsync(theirs, "liaison-water")).ShouldNotBeNull();
    }

    [Fact]
    public async Task Hotline_staff_see_every_ticket()
    {
        var (ours, suggestedOnly, theirs) = await RegisterThreeAsync("13906660004");

        foreach (var user in new[] { "agent", "dispatcher", "supervisor", "admin" })
        {
            (await SearchAsync(new TicketFilter { Phone = "13906660004" }, user)).Items.Select(i => i.Number)
                .ShouldBe([ours, suggestedOnly, theirs], ignoreOrder: true);
            (await GetAsync(theirs, user)).ShouldNotBeNull();
        }
    }

    /// <summary>One heating ticket dispatched to the heating company, one only suggested to it, one dispatched to water.</summary>
    private async Task<(string Ours, string SuggestedOnly, string Theirs)> RegisterThreeAsync(string phone)
    {
        var heating = await App.CategoryIdAsync("utilities-heating");
        var ours = await App.RegisterAsync(IntakeInputs.Register(heating, phone: phone));
        await App.DispatchAsync(ours, "heating");
        var suggestedOnly = await App.RegisterAsync(IntakeInputs.Register(heating, phone: phone));
        var theirs = await App.RegisterAsync(IntakeInputs.Register(await App.CategoryIdAsync("utilities-water-outage"), IntakeInputs.WaterContent, phone));
        await App.DispatchAsync(theirs, "water");
        return (ours, suggestedOnly, theirs);
    }

    private async Task<PagedList<TicketListItem>> SearchAsync(TicketFilter filter, string user)
    {
        var viewer = await App.ViewerAsync(user);
        return await App.UseAsync<TicketQueryService, PagedList<TicketListItem>>(s => s.SearchAsync(filter, viewer));
    }

    private async Task<TicketDetail?> GetAsync(string number, string user)
    {
        var viewer = await App.ViewerAsync(user);
        return await App.UseAsync<TicketQueryService, TicketDetail?>(s => s.GetAsync(number, viewer));
    }
}
