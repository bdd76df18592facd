using Hotline.Domain.Access;
using Hotline.Domain.Classification;
using Hotline.Domain.Deadlines;
using Hotline.Domain.Units;
using Hotline.Services.Data;
using Hotline.Services.Data.Seed;
using Hotline.Services.Deadlines;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Bench.Seeding;

/// <summary>What the generator draws from: the seeded categories, areas, articles, policies, calendar and demo logins.</summary>
internal sealed record BenchReference(
    IReadOnlyDictionary<string, Category> Categories,
    IReadOnlyList<Unit> Areas,
    IReadOnlyList<int> ArticleIds,
    IReadOnlyList<DeadlinePolicy> Policies,
    WorkingCalendar Calendar,
    IReadOnlyList<Actor> Agents,
    Actor Dispatcher,
    Actor Supervisor,
    IReadOnlyDictionary<int, Actor> Liaisons)
{
    public static async Task<BenchReference> LoadAsync(HotlineDbContext db, UserManager<HotlineUser> users, DeadlineService deadlines,
        CancellationToken ct)
    {
        var categories = await db.Categories.AsNoTracking().Where(c => c.ParentId != null).ToDictionaryAsync(c => c.Code, ct);
        var areas = await db.Units.AsNoTracking().Where(u => u.Kind == UnitKind.District || u.Kind == UnitKind.Township)
            .OrderBy(u => u.Id).ToListAsync(ct);
        var articles = await db.KnowledgeArticles.AsNoTracking().OrderBy(a => a.Id).Select(a => a.Id).ToListAsync(ct);
        var policies = await db.DeadlinePolicies.AsNoTracking().ToListAsync(ct);
        var calendar = await deadlines.LoadCalendarAsync(ct);
        var liaisons = (await users.GetUsersInRoleAsync(Roles.Liaison)).Where(u => u.UnitId is not null)
            .GroupBy(u => u.UnitId!.Value)
            .ToDictionary(g => g.Key, g => Actor(g.OrderBy(u => u.UserName).First(), Role.Liaison));
        return new BenchReference(categories, areas, articles, policies, calendar,
            await ActorsAsync(users, Roles.Agent, Role.Agent), (await ActorsAsync(users, Roles.Dispatcher, Role.Dispatcher))[0],
            (await ActorsAsync(users, Roles.Supervisor, Role.Supervisor))[0], liaisons);
    }

    private static async Task<List<Actor>> ActorsAsync(UserManager<HotlineUser> users, string roleName, Role role) =>
        (await users.GetUsersInRoleAsync(roleName)).OrderBy(u => u.UserName).Select(u => Actor(u, role)).ToList();

    private static Actor Actor(HotlineUser user, Role role) => new(user.Id, user.DisplayName, new HashSet<Role> { role });
}
