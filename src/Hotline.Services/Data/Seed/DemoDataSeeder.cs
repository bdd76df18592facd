using Hotline.Domain.Access;
using Hotline.Domain.Calls;
using Hotline.Domain.Deadlines;
using Hotline.Domain.Tickets;
using Hotline.Domain.Units;
using Hotline.Services.Common;
using Hotline.Services.Deadlines;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hotline.Services.Data.Seed;

/// <summary>
/// Demo logins and a few thousand realistic tickets over the last 60 days with the calls behind them, so every screen
/// shows real-looking data on first run. Only on an empty database, never in Production (the caller decides).
/// </summary>
public sealed class DemoDataSeeder(
    HotlineDbContext db,
    UserManager<HotlineUser> users,
    DeadlineService deadlines,
    HotlineClock clock,
    IOptions<HotlineOptions> options,
    ILogger<DemoDataSeeder> logger)
{
    /// <summary>The caller of PRODUCT.md journey 1: has exactly two earlier tickets.</summary>
    public const string RepeatCallerPhone = "13805350001";

    /// <summary>How many local days back the demo data reaches.</summary>
    internal const int Days = 60;

    /// <summary>
    /// Seeds <paramref name="ticketCount"/> tickets into an empty database; <paramref name="walkthrough"/> adds today's few
    /// at each step of review, objection and delegation (<see cref="DemoWalkthrough"/>: the app's first run, not tests).
    /// </summary>
    public async Task SeedAsync(int ticketCount, bool walkthrough = false, CancellationToken ct = default)
    {
        await SeedUsersAsync(ct);
        if (await db.Tickets.AnyAsync(ct))
        {
            return;
        }

        await SeedTicketsAsync(ticketCount, walkthrough, ct);
    }

    public async Task SeedUsersAsync(CancellationToken ct = default)
    {
        if (await db.Users.AnyAsync(ct))
        {
            return;
        }

        logger.LogInformation("Seeding the demo logins");
        // One hash for every demo login: hashing 70 passwords one by one would make first start slow.
        var hash = users.PasswordHasher.HashPassword(new HotlineUser(), DemoUsers.Password);
        foreach (var (userName, displayName, role) in DemoUsers.Staff)
        {
            await CreateAsync(userName, displayName, role, null, hash);
        }

        foreach (var unit in await db.Units.AsNoTracking().OrderBy(u => u.Id).ToListAsync(ct))
        {
            await CreateAsync(DemoUsers.LiaisonUserName(unit.Code), $"{unit.NameZh}联络员", Roles.Liaison, unit.Id, hash);
        }
    }

    private async Task CreateAsync(string userName, string displayName, string role, int? unitId, string hash)
    {
        var user = new HotlineUser { UserName = userName, DisplayName = displayName, UnitId = unitId, PasswordHash = hash, LockoutEnabled = true };
        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException($"Demo user {userName}: {string.Join("; ", created.Errors.Select(e => e.Description))}");
        }

        await users.AddToRoleAsync(user, role);
    }

    private async Task SeedTicketsAsync(int count, bool walkthrough, CancellationToken ct)
    {
        var random = new Random(2026);
        var now = clock.UtcNow;
        var categories = await db.Categories.AsNoTracking().Where(c => c.ParentId != null).ToDictionaryAsync(c => c.Code, ct);
        var areas = await db.Units.AsNoTracking().Where(u => u.Kind == UnitKind.District || u.Kind == UnitKind.Township).ToListAsync(ct);
        var articles = await db.KnowledgeArticles.AsNoTracking().Select(a => new { a.Id, a.Version }).ToListAsync(ct);
        var policies = await db.DeadlinePolicies.AsNoTracking().ToListAsync(ct);
        var calendar = await deadlines.LoadCalendarAsync(ct);
        var agents = await ActorsAsync(Roles.Agent, Role.Agent, ct);
        var dispatcher = (await ActorsAsync(Roles.Dispatcher, Role.Dispatcher, ct))[0];
        var liaisons = (await users.GetUsersInRoleAsync(Roles.Liaison)).Where(u => u.UnitId is not null)
            .GroupBy(u => u.UnitId!.Value)
            .ToDictionary(g => g.Key, g => new Actor(g.First().Id, g.First().DisplayName, new HashSet<Role> { Role.Liaison }));
        var followUp = new DemoFollowUp(now, clock, agents, options.Value.CallbackRules);
        var phones = Enumerable.Range(0, count / 2).Select(_ => RandomPhone(random)).Distinct().Where(p => p != RepeatCallerPhone).ToList();
        var templates = DemoContent.Templates.Where(t => categories.ContainsKey(t.CategoryCode)).ToList();
        var calls = new DemoCalls(db, now, clock);
        await calls.ReserveIdsAsync(count, ct);

        logger.LogInformation("Seeding {Count} demo tickets", count);
        var instants = Enumerable.Range(0, count).Select(_ => RandomInstant(random, now)).Order().ToList();
        // The repeat caller's two earlier tickets: a heating complaint last month and a water question last week.
        var repeatIndexes = new HashSet<int> { count / 3, count * 3 / 4 };
        var perDay = new Dictionary<DateOnly, int>();
        string NextNumber(DateTimeOffset at)
        {
            var day = DateOnly.FromDateTime(clock.ToLocal(at).DateTime);
            perDay[day] = perDay.GetValueOrDefault(day) + 1;
            return TicketNumber.Format(day, perDay[day]);
        }

        var tickets = new List<Ticket>(count);
        for (var i = 0; i < count; i++)
        {
            var at = instants[i];
            var number = NextNumber(at);
            var template = repeatIndexes.Contains(i)
                ? templates.First(t => t.CategoryCode.Contains(i == count / 3 ? "heating" : "water", StringComparison.Ordinal))
                : templates[random.Next(templates.Count)];
            var category = categories[template.CategoryCode];
            var area = areas[random.Next(areas.Count)];
            var street = DemoContent.Streets[random.Next(DemoContent.Streets.Count)];
            // A road reads well alone ("在港城东大街站点候车"); a housing estate gets a building number.
            var address = street.EndsWith('路') || street.EndsWith('街') ? $"{area.NameZh}{street}" : $"{area.NameZh}{street}{random.Next(1, 30)}号楼";
            var caller = new Caller(repeatIndexes.Contains(i) ? RepeatCallerPhone : phones[random.Next(phones.Count)],
                DemoContent.FamilyNames[random.Next(DemoContent.FamilyNames.Count)] + DemoContent.GivenNames[random.Next(DemoContent.GivenNames.Count)],
                random.Next(10) < 8 ? Channel.Phone : (Channel)random.Next(2, 9));
            var details = new TicketDetails(template.Type, template.Urgency, category.Id, area.Id, address,
                template.Content.Replace("{address}", address, StringComparison.Ordinal), template.Type == RequestType.Report);
            var agent = agents[random.Next(agents.Count)];
            var direct = template.Type == RequestType.Consultation && random.Next(10) < 7 && !repeatIndexes.Contains(i);
            // As intake logs it: the call first, so the ticket's first event names it; linked to the ticket once saved.
            var call = caller.Channel == Channel.Phone ? calls.ForTicket(caller, agent, at, direct ? CallOutcome.DirectAnswer : CallOutcome.NewTicket) : null;

            Ticket ticket;
            if (direct)
            {
                var article = articles[random.Next(articles.Count)];
                ticket = Ticket.AnswerDirectly(number, caller, details, article.Id, null, agent, at, call?.Id, article.Version);
                if (CallbackSampling.IsSampled(number, options.Value.DirectAnswerSampleShare))
                {
                    ticket.SampleForCallback(deadlines.Due(calendar, at, DeadlinePolicy.Find(policies, template.Type, template.Urgency).Callback));
                    followUp.CallBackSample(ticket);
                }
            }
            else
            {
                var policy = DeadlinePolicy.Find(policies, template.Type, template.Urgency);
                ticket = Ticket.Register(number, caller, details, category.SuggestUnit(area.Id), deadlines.Due(calendar, at, policy.Dispatch), agent, at, call?.Id);
                if (now - at > TimeSpan.FromHours(6) || random.Next(3) > 0)
                {
                    var dispatchedAt = at.AddMinutes(random.Next(5, 90)) is var d && d < now ? d : now;
                    ticket.Dispatch(new DispatchOrder(category.SuggestUnit(area.Id) ?? area.Id, [], null,
                        deadlines.AssignmentDeadlines(calendar, policy, dispatchedAt)), dispatcher, dispatchedAt);
                    Work(ticket, liaisons, random, dispatchedAt, now, at => deadlines.Due(calendar, at, policy.Callback));
                }

                if (ticket.IsOpen && random.Next(12) == 0)
                {
                    ticket.Urge(agent, at.AddHours(random.Next(2, 48)) is var u && u < now ? u : now, "市民再次来电催办");
                }

                // 重办 goes back to the same unit with the policy's clocks from the reopen; the unit works the new round.
                followUp.CallBack(ticket,
                    reopenAt => new DispatchOrder(ticket.LeadUnitId!.Value, [], null, deadlines.AssignmentDeadlines(calendar, policy, reopenAt)),
                    reopenAt => Work(ticket, liaisons, followUp.Random, reopenAt, now, at => deadlines.Due(calendar, at, policy.Callback)));
            }

            tickets.Add(ticket);
            if (call is not null)
            {
                calls.Made(call, ticket);
            }
        }

        DemoWalkthrough? walk = null;
        if (walkthrough)
        {
            var units = await db.Units.AsNoTracking().ToListAsync(ct);
            var supervisor = (await ActorsAsync(Roles.Supervisor, Role.Supervisor, ct))[0];
            walk = new DemoWalkthrough(NextNumber, categories, units,
                (type, urgency, at) => deadlines.AssignmentDeadlines(calendar, DeadlinePolicy.Find(policies, type, urgency), at),
                (type, urgency, at) => deadlines.Due(calendar, at, DeadlinePolicy.Find(policies, type, urgency).Dispatch),
                at => deadlines.Due(calendar, at, ReviewPolicy.DefaultLimit),
                agents[0], dispatcher, supervisor, liaisons);
            tickets.AddRange(walk.Build(now.AddHours(-5), now));
        }

        calls.AddWithoutTicket(agents);
        db.TicketDayCounters.AddRange(perDay.Select(d => new TicketDayCounter { Day = d.Key, LastValue = d.Value }));
        // All or nothing: a second start seeds again only when no ticket exists, so calls must not be left unlinked.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        // Saved in batches inside the one transaction, so a first start can say how far it got.
        var saved = 0;
        foreach (var batch in tickets.Chunk(Math.Max(100, count / 10)))
        {
            db.Tickets.AddRange(batch);
            await db.SaveChangesAsync(ct);
            saved += batch.Length;
            logger.LogInformation("Saved {Done} of {Count} demo tickets", saved, count);
        }

        walk?.Continue();
        await db.SaveChangesAsync(ct);
        calls.LinkToTickets();
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        db.ChangeTracker.Clear();
        logger.LogInformation("Seeded {Count} demo tickets over {Days} days, {Callbacks} callbacks, {Calls} calls ({WithoutTicket} without a ticket)",
            tickets.Count, perDay.Count, tickets.Sum(t => t.Callbacks.Count), calls.Count, calls.WithoutTicketCount);
    }

    /// <summary>How far the unit got: most tickets are signed for, contacted and resolved, in time order, never after now.</summary>
    private static void Work(Ticket ticket, Dictionary<int, Actor> liaisons, Random random, DateTimeOffset dispatchedAt,
        DateTimeOffset now, Func<DateTimeOffset, DateTimeOffset> callbackDue)
    {
        if (ticket.LeadUnitId is not { } unit || !liaisons.TryGetValue(unit, out var liaison))
        {
            return;
        }

        // Like a real hotline (98% on time): old tickets are nearly all done; the recent ones are still moving.
        var stuckPercent = now - dispatchedAt > TimeSpan.FromDays(7) ? 1 : 10;
        var signedAt = dispatchedAt.AddMinutes(random.Next(3, 240));
        if (signedAt > now || random.Next(100) < stuckPercent)
        {
            return;
        }

        ticket.SignFor(unit, liaison, signedAt);
        var contactedAt = signedAt.AddMinutes(random.Next(10, 600));
        if (contactedAt > now || random.Next(100) < stuckPercent)
        {
            return;
        }

        ticket.RecordContact(unit, liaison, contactedAt, contactedAt, "已电话联系市民，了解具体情况并约定处理时间。");
        var resolvedAt = contactedAt.AddMinutes(random.Next(60, 4 * 24 * 60));
        if (resolvedAt > now || random.Next(100) < stuckPercent)
        {
            return;
        }

        var outcome = random.Next(10) switch { < 7 => ResolutionOutcome.Solved, < 9 => ResolutionOutcome.Explained, _ => ResolutionOutcome.CannotBeSolved };
        ticket.Resolve(unit, liaison, resolvedAt, DemoContent.Results[random.Next(DemoContent.Results.Count)], outcome,
            outcome == ResolutionOutcome.CannotBeSolved ? "涉及历史遗留问题，需纳入明年改造计划统筹解决。" : null, callbackDue(resolvedAt));
    }

    private async Task<List<Actor>> ActorsAsync(string roleName, Role role, CancellationToken ct)
    {
        var inRole = await users.GetUsersInRoleAsync(roleName);
        return inRole.OrderBy(u => u.UserName).Select(u => new Actor(u.Id, u.DisplayName, new HashSet<Role> { role })).ToList();
    }

    internal static string RandomPhone(Random random) =>
        random.Next(10) < 9
            ? $"1{"3578"[random.Next(4)]}{random.Next(0, 10)}{random.Next(10_000_000, 99_999_999)}"
            : $"0535{random.Next(2_000_000, 8_999_999)}";

    /// <summary>Spread over the last 60 days, busier in the day than at night, a little more recent than old.</summary>
    private DateTimeOffset RandomInstant(Random random, DateTimeOffset now)
    {
        var daysAgo = (int)(Math.Pow(random.NextDouble(), 1.3) * Days);
        var localDay = DateOnly.FromDateTime(clock.ToLocal(now).DateTime).AddDays(-daysAgo);
        var hour = random.Next(10) < 8 ? random.Next(8, 20) : random.Next(0, 24);
        var at = clock.FromLocal(localDay.ToDateTime(new TimeOnly(hour, random.Next(60), random.Next(60))));
        return at < now ? at : now.AddMinutes(-random.Next(1, 600));
    }
}
