using Hotline.Domain.Tickets;
using Hotline.Web.Tests.Http.Support;
using Hotline.Web.Tests.Incidents;
using Hotline.Web.Tests.Infrastructure;
using Hotline.Web.Tests.Journeys;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Web.Tests.Hardening;

/// <summary>The app, a signed-in client per role and tickets in the states the pages act on, shared by one sweep.</summary>
public sealed class SweepFixture : IAsyncLifetime
{
    /// <summary>Who tries each page, in this order: the first who may open it is the one whose forms are swept.</summary>
    public static readonly string[] Users = ["agent", "dispatcher", "supervisor", "admin", "liaison-heating"];

    private readonly Dictionary<string, HtmlClient> _clients = [];

    public HotlineWebFactory App { get; } = new();

    /// <summary>Ticket numbers for pages addressed by one (<c>/Workbench/{number}</c>): one per state a form needs.</summary>
    public IReadOnlyList<string> Tickets { get; private set; } = [];

    /// <summary>Incidents for the incident pages (addressed by <c>?id=</c>): one running, one whose callers are listed.</summary>
    public IReadOnlyList<int> Incidents { get; private set; } = [];

    public async Task InitializeAsync()
    {
        await ((IAsyncLifetime)App).InitializeAsync();
        Tickets = await TicketsInEveryStateAsync(App);
        Incidents = await IncidentsAsync(App, Tickets);
    }

    /// <summary>A running incident on the dispatched ticket and one on the ticket waiting for its callback, its callers listed.</summary>
    private static async Task<IReadOnlyList<int>> IncidentsAsync(HotlineWebFactory app, IReadOnlyList<string> tickets)
    {
        var running = await app.DeclareAsync(tickets[1]);
        await app.AttachCallsAsync(running, 2, "1370001");
        var resolved = await app.QueryAsync(db => db.Tickets.Where(t => t.AwaitingCallback && t.Status == TicketStatus.Resolved)
            .OrderBy(t => t.Id).Select(t => t.Number).FirstAsync());
        var listed = await app.DeclareAsync(resolved, "爆管：停水");
        await app.AttachCallsAsync(listed, 2, "1370002");
        await app.ListCallbacksAsync(listed);
        return [running, listed];
    }

    /// <summary>One ticket number per state a page acts on: heating's in progress and dispatched, one waiting for dispatch,
    /// one waiting for its callback, one closed.</summary>
    public static async Task<IReadOnlyList<string>> TicketsInEveryStateAsync(HotlineWebFactory app)
    {
        var heating = (await app.UnitAsync("heating")).Id;
        return await app.QueryAsync(async db =>
        {
            var numbers = new List<string>();
            foreach (var status in new[] { TicketStatus.InProgress, TicketStatus.Dispatched })
            {
                numbers.AddRange(await db.Tickets.Where(t => t.Status == status && t.Assignments.Any(a => a.IsActive && a.UnitId == heating))
                    .OrderBy(t => t.Id).Select(t => t.Number).Take(1).ToListAsync());
            }

            numbers.AddRange(await db.Tickets.Where(t => t.Status == TicketStatus.PendingDispatch).OrderBy(t => t.Id).Select(t => t.Number).Take(1).ToListAsync());
            numbers.AddRange(await db.Tickets.Where(t => t.AwaitingCallback).OrderBy(t => t.Id).Select(t => t.Number).Take(1).ToListAsync());
            numbers.AddRange(await db.Tickets.Where(t => t.Status == TicketStatus.Closed).OrderBy(t => t.Id).Select(t => t.Number).Take(1).ToListAsync());
            return numbers;
        });
    }

    /// <summary>A client signed in as <paramref name="user"/>, signed in again if a swept form signed it out.</summary>
    public async Task<HtmlClient> ClientAsync(string user)
    {
        if (_clients.TryGetValue(user, out var client))
        {
            if ((await client.GetAsync("/Notifications")).StatusCode == System.Net.HttpStatusCode.OK)
            {
                return client;
            }

            client.Dispose();
        }

        client = new HtmlClient(App);
        await client.LoginAsync(user);
        _clients[user] = client;
        return client;
    }

    public async Task DisposeAsync()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }

        await ((IAsyncLifetime)App).DisposeAsync();
    }
}
