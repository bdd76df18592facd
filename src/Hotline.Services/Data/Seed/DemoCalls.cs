using Hotline.Domain.Access;
using Hotline.Domain.Calls;
using Hotline.Domain.Tickets;
using Hotline.Services.Common;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Data.Seed;

/// <summary>
/// The calls behind the demo data, as intake and the telephone system would have logged them: each phone ticket's call
/// started a minute or two before the agent registered the ticket and ended as it was registered; about one call in four
/// made no ticket (silence, a wrong number, nuisance: <see cref="CallOutcome.Invalid"/>), spread over the demo's days and
/// today's hours up to now like the tickets. Every call has the answer time a telephone system reports, nine in ten
/// within the 15 s target, so the dashboard and the wall show that rate. Its own random stream, so the tickets come out
/// as they did before calls were seeded. The calls are added to <paramref name="db"/>; the seeder saves.
/// </summary>
internal sealed class DemoCalls(HotlineDbContext db, DateTimeOffset now, HotlineClock clock)
{
    /// <summary>Calls that made no ticket, per phone ticket: one in four calls overall.</summary>
    public const double WithoutTicketPerPhoneTicket = 1 / 3.0;

    private readonly Random _random = new(15);
    private readonly Queue<long> _ids = new();
    private readonly List<(Call Call, Ticket Ticket)> _ticketCalls = [];
    private int _withoutTicket;

    public int Count => _ticketCalls.Count + _withoutTicket;

    public int WithoutTicketCount => _withoutTicket;

    /// <summary>
    /// Takes <paramref name="count"/> ids from the calls' identity sequence in one round trip. Intake saves each call
    /// first to learn its id for the ticket's first event; the seeder builds every ticket in memory and saves once, so it
    /// gives each call its id up front.
    /// </summary>
    public async Task ReserveIdsAsync(int count, CancellationToken ct)
    {
        var ids = await db.Database
            .SqlQuery<long>($"SELECT nextval(pg_get_serial_sequence('calls', 'id')) AS \"Value\" FROM generate_series(1, {count})")
            .ToListAsync(ct);
        foreach (var id in ids.Order())
        {
            _ids.Enqueue(id);
        }
    }

    /// <summary>The call the agent took for a ticket about to be registered (or answered directly) at <paramref name="registeredAt"/>.</summary>
    public Call ForTicket(Caller caller, Actor agent, DateTimeOffset registeredAt, CallOutcome outcome)
    {
        var started = registeredAt.AddSeconds(-_random.Next(60, 181));
        return Add(Log(caller.Phone, caller.Name, started, Ring(), registeredAt, agent, outcome));
    }

    /// <summary>Remembers the ticket the call made, to link them once the ticket has its id.</summary>
    public void Made(Call call, Ticket ticket) => _ticketCalls.Add((call, ticket));

    /// <summary>Adds the short calls that made no ticket, each over before now.</summary>
    public void AddWithoutTicket(IReadOnlyList<Actor> agents)
    {
        var count = (int)(_ticketCalls.Count * WithoutTicketPerPhoneTicket);
        while (_withoutTicket < count)
        {
            var started = RandomInstant();
            var ring = Ring();
            var ended = started + ring + TimeSpan.FromSeconds(_random.Next(5, 61));
            if (ended <= now)
            {
                Add(Log(DemoDataSeeder.RandomPhone(_random), null, started, ring, ended, agents[_random.Next(agents.Count)], CallOutcome.Invalid));
                _withoutTicket++;
            }
        }
    }

    /// <summary>After the tickets were saved: each call names its ticket, as intake links them.</summary>
    public void LinkToTickets() => _ticketCalls.ForEach(c => c.Call.LinkTo(c.Ticket.Id));

    private Call Add(Call call)
    {
        if (_ids.TryDequeue(out var id))
        {
            db.Entry(call).Property(c => c.Id).CurrentValue = id;
        }

        db.Calls.Add(call);
        return call;
    }

    /// <summary>How long the phone rang before an agent picked up: within 15 s nine times in ten (GB/T 33358-2016's target).</summary>
    private TimeSpan Ring() => TimeSpan.FromSeconds(_random.Next(10) < 9 ? _random.Next(2, 16) : _random.Next(16, 61));

    private Call Log(string phone, string? name, DateTimeOffset started, TimeSpan ring, DateTimeOffset ended, Actor agent, CallOutcome outcome)
    {
        var submission = new byte[16];
        _random.NextBytes(submission);
        return Call.Log(new Guid(submission), phone, name, Channel.Phone, started, ended, agent.UserId, outcome, started + ring);
    }

    /// <summary>The tickets' shape (DemoDataSeeder.RandomInstant): the last 60 days, more recent than old, busier by day.</summary>
    private DateTimeOffset RandomInstant()
    {
        var daysAgo = (int)(Math.Pow(_random.NextDouble(), 1.3) * DemoDataSeeder.Days);
        var localDay = DateOnly.FromDateTime(clock.ToLocal(now).DateTime).AddDays(-daysAgo);
        var hour = _random.Next(10) < 8 ? _random.Next(8, 20) : _random.Next(0, 24);
        return clock.FromLocal(localDay.ToDateTime(new TimeOnly(hour, _random.Next(60), _random.Next(60))));
    }
}
