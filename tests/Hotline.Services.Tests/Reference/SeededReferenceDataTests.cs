using Hotline.Domain.Deadlines;
using Hotline.Domain.Knowledge;
using Hotline.Domain.Tickets;
using Hotline.Domain.Units;
using Hotline.Services.Deadlines;
using Hotline.Services.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Tests.Reference;

public sealed class SeededReferenceDataTests(DatabaseFixture app) : DatabaseTest<DatabaseFixture>(app), IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task There_are_exactly_66_units_with_unique_codes()
    {
        var units = await App.ReadAsync(db => db.Units.AsNoTracking().ToListAsync());

        units.Count.ShouldBe(66);
        units.Select(u => u.Code).Distinct().Count().ShouldBe(66);
        units.ShouldAllBe(u => u.IsActive && u.NameZh.Length > 0 && u.NameEn.Length > 0);
    }

    [Fact]
    public async Task Every_township_sits_under_a_district_and_nothing_else_has_a_parent()
    {
        var units = await App.ReadAsync(db => db.Units.AsNoTracking().ToListAsync());
        var byId = units.ToDictionary(u => u.Id);

        units.Count(u => u.Kind == UnitKind.District).ShouldBeGreaterThan(0);
        units.Count(u => u.Kind == UnitKind.Township).ShouldBeGreaterThan(0);
        foreach (var township in units.Where(u => u.Kind == UnitKind.Township))
        {
            township.ParentId.ShouldNotBeNull(township.Code);
            byId[township.ParentId.Value].Kind.ShouldBe(UnitKind.District, township.Code);
        }

        units.Where(u => u.Kind != UnitKind.Township).ShouldAllBe(u => u.ParentId == null);
    }

    [Fact]
    public async Task There_are_at_least_20_top_level_and_100_leaf_categories_each_leaf_with_a_default_unit()
    {
        var categories = await App.ReadAsync(db => db.Categories.AsNoTracking().ToListAsync());
        var unitIds = await App.ReadAsync(db => db.Units.Select(u => u.Id).ToListAsync());
        var topLevel = categories.Where(c => c.ParentId == null).Select(c => c.Id).ToHashSet();
        var leaves = categories.Where(c => c.ParentId != null).ToList();

        topLevel.Count.ShouldBeGreaterThanOrEqualTo(20);
        leaves.Count.ShouldBeGreaterThanOrEqualTo(100);
        categories.Select(c => c.Code).Distinct().Count().ShouldBe(categories.Count);
        foreach (var leaf in leaves)
        {
            topLevel.ShouldContain(leaf.ParentId!.Value, leaf.Code);
            leaf.DefaultUnitId.ShouldNotBeNull(leaf.Code);
            unitIds.ShouldContain(leaf.DefaultUnitId.Value, leaf.Code);
        }

        categories.Where(c => c.ParentId == null).ShouldAllBe(c => c.DefaultUnitId == null && !c.IsLocal);
    }

    [Fact]
    public async Task There_are_at_least_30_knowledge_base_articles()
    {
        var articles = await App.ReadAsync(db => db.KnowledgeArticles.AsNoTracking().ToListAsync());

        articles.Count.ShouldBeGreaterThanOrEqualTo(30);
        articles.ShouldAllBe(a => a.Status == ArticleStatus.Published && a.Version == 1 && a.Title.Length > 0 && a.Body.Length > 0);
        articles.Select(a => a.Title).Distinct().Count().ShouldBe(articles.Count);
    }

    [Fact]
    public async Task The_2026_calendar_holds_the_official_holidays_and_make_up_days()
    {
        var days = await App.ReadAsync(db => db.CalendarDays.AsNoTracking().ToDictionaryAsync(d => d.Date));

        days[new DateOnly(2026, 10, 1)].Kind.ShouldBe(CalendarDayKind.Holiday);
        days[new DateOnly(2026, 10, 7)].Kind.ShouldBe(CalendarDayKind.Holiday);
        days[new DateOnly(2026, 1, 1)].Kind.ShouldBe(CalendarDayKind.Holiday);
        days[new DateOnly(2026, 2, 17)].Kind.ShouldBe(CalendarDayKind.Holiday);
        days[new DateOnly(2026, 2, 14)].Kind.ShouldBe(CalendarDayKind.MakeupWorkday);
        days[new DateOnly(2026, 10, 10)].Kind.ShouldBe(CalendarDayKind.MakeupWorkday);
        days.Values.Count(d => d.Kind == CalendarDayKind.Holiday).ShouldBe(33);
        days.Values.Count(d => d.Kind == CalendarDayKind.MakeupWorkday).ShouldBe(6);
        days.Keys.ShouldAllBe(d => d.Year == 2026);
    }

    [Fact]
    public async Task The_default_deadline_policies_are_present()
    {
        var policies = await App.ReadAsync(db => db.DeadlinePolicies.AsNoTracking().ToListAsync());

        policies.Count.ShouldBe(7);
        var urgent = policies.Single(p => p.Urgency == Urgency.Urgent);
        urgent.RequestType.ShouldBeNull();
        urgent.Dispatch.ShouldBe(TimeLimit.Minutes(15));
        urgent.Resolve.ShouldBe(TimeLimit.WorkingDays(3));
        foreach (var type in Enum.GetValues<RequestType>())
        {
            policies.ShouldContain(p => p.RequestType == type && p.Urgency == Urgency.Normal, type.ToString());
        }

        policies.Single(p => p.RequestType == RequestType.Consultation).Dispatch.ShouldBe(TimeLimit.Hours(1));
        policies.Single(p => p.RequestType == RequestType.Complaint).Resolve.ShouldBe(TimeLimit.WorkingDays(5));
    }

    [Fact]
    public async Task The_default_office_hours_are_stored()
    {
        var hours = await App.ReadAsync(db => db.Settings.Where(s => s.Key == DeadlineService.OfficeHoursKey).Select(s => s.Value).SingleAsync());

        hours.ShouldBe("08:30-12:00,13:30-17:30");
    }

    [Fact]
    public async Task Every_demo_login_exists_with_a_liaison_per_unit()
    {
        var userNames = await App.ReadAsync(db => db.Users.Select(u => u.UserName!).ToListAsync());
        var unitCodes = await App.ReadAsync(db => db.Units.Select(u => u.Code).ToListAsync());

        userNames.ShouldContain("agent");
        userNames.ShouldContain("agent2");
        userNames.ShouldContain("dispatcher");
        userNames.ShouldContain("supervisor");
        userNames.ShouldContain("admin");
        unitCodes.ShouldAllBe(code => userNames.Contains("liaison-" + code));
        (await App.ViewerAsync("liaison-heating")).UnitId.ShouldBe(await App.UnitIdAsync("heating"));
        (await App.ViewerAsync("liaison-heating")).IsUnitBound.ShouldBeTrue();
        (await App.ViewerAsync("agent")).IsUnitBound.ShouldBeFalse();
    }
}
