using Hotline.Domain.Calls;
using Hotline.Services.Common;
using Hotline.Services.Incidents;
using Hotline.Services.Tests.Infrastructure;
using Hotline.Services.Tests.Workbench;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Tests.Incidents;

/// <summary>突发事件 at intake on PostgreSQL: attaching links the call to the master and dispatches nothing, and the counts agree.</summary>
public sealed class AttachToIncidentTests(DatabaseFixture app) : DatabaseTest<DatabaseFixture>(app), IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Attaching_logs_the_call_on_the_master_with_the_callers_words_creates_no_ticket_or_dispatch_and_counts_right()
    {
        var master = await App.GivenToAsync();
        var declared = await App.DeclareAsync(master);
        declared.Errors.ShouldBeEmpty();
        var id = declared.Value;
        var before = await App.ReadAsync(async db => new
        {
            Tickets = await db.Tickets.CountAsync(),
            Assignments = await db.Assignments.CountAsync(),
            Notifications = await db.Notifications.CountAsync(),
            Events = await db.TicketEvents.CountAsync(),
        });

        var first = IncidentSteps.Attach(id, "13800000001");
        var township = IncidentSteps.Attach(id, "13800000002", "楼里全都不热", await App.CategoryIdAsync("utilities-heating"), await App.UnitIdAsync("laishan-huanghai"));
        var again = IncidentSteps.Attach(id, "13800000001", null);
        foreach (var input in new[] { first, township, again })
        {
            var result = await App.AttachAsync(input);
            result.Errors.ShouldBeEmpty();
            (result.Value!.Outcome, result.Value.TicketNumber, result.Value.WasRepeat).ShouldBe((CallOutcome.IncidentAttached, master, false));
        }

        // A double click sends the same form twice: the call is attached once.
        var repeat = await App.AttachAsync(first);
        (repeat.Value!.WasRepeat, repeat.Value.TicketNumber).ShouldBe((true, master));

        var after = await App.ReadAsync(async db => new
        {
            Tickets = await db.Tickets.CountAsync(),
            Assignments = await db.Assignments.CountAsync(),
            Notifications = await db.Notifications.CountAsync(),
            Events = await db.TicketEvents.CountAsync(),
        });
        after.ShouldBe(before, "no ticket, no assignment, no notification, not even a line on the master's timeline");
        var masterId = (await App.TicketAsync(master)).Id;
        var calls = await App.ReadAsync(db => db.Calls.Where(c => c.TicketId == masterId && c.Outcome == CallOutcome.IncidentAttached).CountAsync());
        calls.ShouldBe(3);
        var attached = await App.ReadAsync(db => db.IncidentCalls.Where(c => c.IncidentId == id).OrderBy(c => c.CallId)
            .Select(c => new { c.Phone, c.Words }).ToListAsync());
        attached.Select(a => (a.Phone, a.Words)).ShouldBe([("13800000001", "暖气不热，家里只有十三度。"), ("13800000002", "楼里全都不热"), ("13800000001", null)]);

        (await App.UseAsync<IncidentService, List<IncidentSummary>>(s => s.RunningAsync())).Single(i => i.Id == id).Attached.ShouldBe(3);
        (await App.IncidentAsync(id)).Summary.Attached.ShouldBe(3);
        (await App.UseAsync<IncidentService, int>(s => s.AttachedCountAsync(id))).ShouldBe(3);
    }

    [Fact]
    public async Task Intake_offers_the_incidents_a_call_matches_and_refuses_a_call_that_does_not_with_nothing_saved()
    {
        var master = await App.GivenToAsync();
        var id = (await App.DeclareAsync(master)).Value;
        var heating = await App.CategoryIdAsync("utilities-heating");
        var water = await App.CategoryIdAsync("utilities-water-outage");
        var laishan = await App.UnitIdAsync("laishan");
        var zhifu = await App.UnitIdAsync("zhifu");

        async Task<IReadOnlyList<int>> OfferedAsync(int? category, int? area) =>
            (await App.UseAsync<IncidentService, IReadOnlyList<IncidentSummary>>(s => s.OfferAsync(category, area))).Select(o => o.Id).ToList();
        (await OfferedAsync(null, null)).ShouldContain(id);
        (await OfferedAsync(heating, await App.UnitIdAsync("laishan-chujia"))).ShouldContain(id);
        (await OfferedAsync(water, laishan)).ShouldNotContain(id);
        (await OfferedAsync(heating, zhifu)).ShouldNotContain(id);

        var counts = await App.CountAsync();
        var wrongCategory = await App.AttachAsync(IncidentSteps.Attach(id, "13800000009", categoryId: water));
        wrongCategory.Errors.Single().Code.ShouldBe("Incident.Error.WrongCategory");
        var wrongArea = await App.AttachAsync(IncidentSteps.Attach(id, "13800000009", areaUnitId: zhifu));
        wrongArea.Errors.Single().Code.ShouldBe("Incident.Error.WrongArea");
        var noIncident = await App.AttachAsync(IncidentSteps.Attach(int.MaxValue, "13800000009"));
        noIncident.Errors.Single().Code.ShouldBe("Incident.Error.NotFound");
        (await App.CountAsync()).ShouldBe(counts, "a refused attach saves no call");

        var supervisor = await App.ViewerAsync("supervisor");
        var version = (await App.IncidentAsync(id)).Version;
        (await App.UseAsync<IncidentService, ServiceResult<int>>(s => s.EndAsync(id, version, supervisor))).Errors.ShouldBeEmpty();
        (await App.UseAsync<IncidentService, ServiceResult<int>>(s => s.EndAsync(id, version, supervisor))).Errors.Single().Code
            .ShouldBe(ServiceError.Concurrency, "the second end was made against the version before the first");
        (await App.AttachAsync(IncidentSteps.Attach(id, "13800000009"))).Errors.Single().Code.ShouldBe("Incident.Error.Ended");
        (await OfferedAsync(null, null)).ShouldNotContain(id);
        (await App.CountAsync()).ShouldBe(counts);
    }

    [Fact]
    public async Task Only_a_supervisor_declares_and_a_closed_or_unknown_master_is_refused()
    {
        var master = await App.GivenToAsync();
        (await App.DeclareAsync(master, user: "agent")).Errors.Single().Code.ShouldBe("Ticket.Error.RoleNotAllowed");
        (await App.DeclareAsync("20990101-00001")).Errors.Single().ShouldBe(new ServiceError(nameof(DeclareIncidentInput.MasterTicketNumber), "Incident.Error.MasterNotFound"));
        (await App.DeclareAsync(master, category: "utilities", area: null)).Errors.ShouldBeEmpty("a whole group over the whole city");
        (await App.ReadAsync(db => db.Incidents.CountAsync(i => i.MasterTicketId == db.Tickets.Single(t => t.Number == master).Id))).ShouldBe(1);
    }
}
