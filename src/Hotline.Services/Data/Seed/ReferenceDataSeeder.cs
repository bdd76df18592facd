using Hotline.Domain.Classification;
using Hotline.Domain.Deadlines;
using Hotline.Domain.Knowledge;
using Hotline.Domain.Units;
using Hotline.Services.Common;
using Hotline.Services.Deadlines;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Data.Seed;

/// <summary>Roles, units, categories, calendar, policies and knowledge base: what every installation starts with.
/// Each part is written only when its table is empty, so running it again changes nothing.</summary>
public sealed class ReferenceDataSeeder(HotlineDbContext db, RoleManager<IdentityRole> roles, HotlineClock clock)
{
    /// <summary>Who the first version of each reference article is saved by.</summary>
    public const string ReferenceAuthor = "12345";

    public async Task SeedAsync(CancellationToken ct = default)
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        var now = clock.UtcNow;
        if (!await db.Units.AnyAsync(ct))
        {
            await AddInOrderAsync(ReferenceUnits.All, u => u.ParentCode, (u, parent) => new Unit(u.Code, u.NameZh, u.NameEn, u.Kind, parent),
                db.Units, u => u.Code, u => u.Id, ct);
        }

        if (!await db.Categories.AnyAsync(ct))
        {
            var units = await db.Units.ToDictionaryAsync(u => u.Code, u => u.Id, ct);
            var order = 0;
            await AddInOrderAsync(ReferenceCategories.All, c => c.ParentCode,
                (c, parent) => new Category(c.Code, c.NameZh, c.NameEn, parent, c.DefaultUnitCode is null ? null : units[c.DefaultUnitCode], c.IsLocal, ++order,
                    ReferenceCategoryKeywords.For(c.Code)),
                db.Categories, c => c.Code, c => c.Id, ct);
        }

        if (!await db.KnowledgeArticles.AnyAsync(ct))
        {
            var categories = await db.Categories.ToDictionaryAsync(c => c.Code, c => c.Id, ct);
            db.KnowledgeArticles.AddRange(ReferenceKnowledge.All.Select(k =>
                new KnowledgeArticle(new ArticleContent(k.Title, k.Body, k.Keywords, k.CategoryCode is null ? [] : [categories[k.CategoryCode]], null, null),
                    publish: true, ReferenceAuthor, now)));
        }

        if (!await db.CalendarDays.AnyAsync(ct))
        {
            db.CalendarDays.AddRange(OfficialCalendar2026.Days());
        }

        if (!await db.DeadlinePolicies.AnyAsync(ct))
        {
            db.DeadlinePolicies.AddRange(DefaultPolicies.Create(now));
        }

        if (!await db.ReviewPolicies.AnyAsync(ct))
        {
            db.ReviewPolicies.AddRange(ReviewPolicy.Defaults(now));
        }

        if (!await db.Settings.AnyAsync(s => s.Key == DeadlineService.OfficeHoursKey, ct))
        {
            db.Settings.Add(new HotlineSetting { Key = DeadlineService.OfficeHoursKey, Value = DeadlineService.FormatOfficeHours(OfficeHours.Default) });
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>Inserts a parent-before-child list, saving each parent first so its id is known to its children.</summary>
    private async Task AddInOrderAsync<TSeed, TEntity>(IReadOnlyList<TSeed> seeds, Func<TSeed, string?> parentCode,
        Func<TSeed, int?, TEntity> create, DbSet<TEntity> set, Func<TEntity, string> code, Func<TEntity, int> id, CancellationToken ct)
        where TEntity : class
    {
        var ids = new Dictionary<string, int>();
        foreach (var level in new[] { seeds.Where(s => parentCode(s) is null), seeds.Where(s => parentCode(s) is not null) })
        {
            var added = level.Select(s => create(s, parentCode(s) is { } p ? ids[p] : null)).ToList();
            set.AddRange(added);
            await db.SaveChangesAsync(ct);
            foreach (var entity in added)
            {
                ids[code(entity)] = id(entity);
            }
        }
    }
}
