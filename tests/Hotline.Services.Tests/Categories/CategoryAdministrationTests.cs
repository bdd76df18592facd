using Hotline.Domain.Classification;
using Hotline.Services.Audit;
using Hotline.Services.Categories;
using Hotline.Services.Common;
using Hotline.Services.Reference;
using Hotline.Services.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Tests.Categories;

public sealed class CategoryAdministrationTests(DatabaseFixture app) : DatabaseTest<DatabaseFixture>(app), IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task A_new_leaf_with_its_default_unit_and_keywords_is_offered_at_intake()
    {
        var urban = await App.CategoryIdAsync("urban");
        var water = await App.UnitIdAsync("water");

        var result = await SaveAsync(new CategoryInput { Code = "urban-fountain", NameZh = "喷泉设施", NameEn = "Fountains", ParentId = urban, DefaultUnitId = water, Keywords = "喷泉  水景 喷泉" });

        result.Errors.ShouldBeEmpty();
        var offered = (await LeavesAsync()).Single(c => c.Code == "urban-fountain");
        offered.DefaultUnitId.ShouldBe(water);
        offered.Keywords.ShouldBe("喷泉 水景");
        offered.Parent.Zh.ShouldBe("城市管理");
        (await AuditAsync("urban-fountain")).ShouldHaveSingleItem().Action.ShouldBe("Create");
    }

    [Fact]
    public async Task The_reference_keywords_let_agents_find_street_lamps()
    {
        (await LeavesAsync()).Single(c => c.Code == "urban-lighting").Keywords.ShouldContain("路灯");
    }

    [Fact]
    public async Task A_leaf_needs_a_default_unit_and_a_group_names_none()
    {
        var leaf = await SaveAsync(new CategoryInput { Code = "urban-nothing", NameZh = "无单位", NameEn = "No unit", ParentId = await App.CategoryIdAsync("urban") });
        var group = await SaveAsync(new CategoryInput { Code = "group-with-unit", NameZh = "有单位的大类", NameEn = "Group", DefaultUnitId = await App.UnitIdAsync("water") });

        leaf.Errors.ShouldBe([new ServiceError("DefaultUnitId", Category.LeafNeedsUnit)]);
        group.Errors.ShouldBe([new ServiceError("DefaultUnitId", Category.TopLevelHasNoUnit)]);
        (await App.ReadAsync(db => db.Categories.AnyAsync(c => c.Code == "urban-nothing" || c.Code == "group-with-unit"))).ShouldBeFalse();
    }

    [Fact]
    public async Task A_renamed_leaf_keeps_its_code_and_its_tickets()
    {
        var id = await App.CategoryIdAsync("utilities-water-fee");
        var number = await App.RegisterAsync(IntakeInputs.Register(id, IntakeInputs.WaterContent));
        var form = (await App.UseAsync<CategoryAdminService, CategoryInput?>(s => s.GetAsync(id))).ShouldNotBeNull();
        form.NameZh = "水费与水表";
        form.NameEn = "Water bills and meters (renamed)";

        (await SaveAsync(form)).Errors.ShouldBeEmpty();

        (await App.TicketAsync(number)).CategoryId.ShouldBe(id);
        (await LeavesAsync()).Single(c => c.Id == id).Name.Zh.ShouldBe("水费与水表");
    }

    [Fact]
    public async Task A_retired_leaf_is_no_longer_offered_and_old_tickets_keep_it_until_it_is_restored()
    {
        var id = await App.CategoryIdAsync("utilities-broadband");
        var number = await App.RegisterAsync(IntakeInputs.Register(id, "宽带网络经常断线，已经报修三次了，一直没有人来处理。"));
        var admin = (await App.ViewerAsync("admin")).Actor;

        (await App.UseAsync<CategoryAdminService, ServiceResult<int>>(s => s.RetireAsync(id, admin))).Errors.ShouldBeEmpty();

        (await LeavesAsync()).ShouldNotContain(c => c.Id == id);
        (await App.TicketAsync(number)).CategoryId.ShouldBe(id);
        var refused = await App.IntakeAsync(IntakeInputs.Register(id, "宽带又断了，请尽快派人来维修处理一下。"), Hotline.Services.Intake.IntakeAction.Register);
        refused.Errors.ShouldBe([new ServiceError("CategoryId", "Validation.Category.Required")]);
        (await App.UseAsync<CategoryAdminService, ServiceResult<int>>(s => s.RestoreAsync(id, admin))).Errors.ShouldBeEmpty();
        (await LeavesAsync()).ShouldContain(c => c.Id == id);
    }

    [Fact]
    public async Task Moving_a_leaf_up_swaps_it_with_the_one_above()
    {
        var before = (await LeavesAsync()).Where(c => c.Parent.Zh == "公用事业").Select(c => c.Code).ToList();
        var admin = (await App.ViewerAsync("admin")).Actor;
        var second = await App.CategoryIdAsync(before[1]);

        (await App.UseAsync<CategoryAdminService, ServiceResult<int>>(s => s.MoveAsync(second, up: true, admin))).Errors.ShouldBeEmpty();

        var after = (await LeavesAsync()).Where(c => c.Parent.Zh == "公用事业").Select(c => c.Code).ToList();
        after.Take(2).ShouldBe([before[1], before[0]]);
        after.Skip(2).ShouldBe(before.Skip(2));
    }

    [Fact]
    public async Task An_inactive_unit_cannot_become_a_default()
    {
        var unit = await App.UnitIdAsync("gas");
        await App.WriteAsync(async db => (await db.Units.SingleAsync(u => u.Id == unit)).Deactivate());
        var form = (await App.UseAsync<CategoryAdminService, CategoryInput?>(async s => await s.GetAsync(await App.CategoryIdAsync("utilities-telecom")))).ShouldNotBeNull();
        form.DefaultUnitId = unit;

        (await SaveAsync(form)).Errors.ShouldBe([new ServiceError("DefaultUnitId", "Validation.Unit.Invalid")]);
        await App.WriteAsync(async db => (await db.Units.SingleAsync(u => u.Id == unit)).Reactivate());
    }

    private async Task<ServiceResult<int>> SaveAsync(CategoryInput input)
    {
        var admin = (await App.ViewerAsync("admin")).Actor;
        return await App.UseAsync<CategoryAdminService, ServiceResult<int>>(s => s.SaveAsync(input, admin));
    }

    private Task<IReadOnlyList<CategoryOption>> LeavesAsync() => App.UseAsync<ReferenceDataService, IReadOnlyList<CategoryOption>>(s => s.LeafCategoriesAsync());

    private Task<List<AuditEntry>> AuditAsync(string code) =>
        App.ReadAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.Area == AuditAreas.Category && e.Subject == code).ToListAsync());
}
