using Hotline.Domain.Units;
using Hotline.Services.Audit;
using Hotline.Services.Common;
using Hotline.Services.Reference;
using Hotline.Services.Tests.Admin;
using Hotline.Services.Units;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Tests.Units;

public sealed class UnitAdministrationTests : IAsyncLifetime
{
    private AdminDatabaseFixture _db = null!;

    public async Task InitializeAsync() => _db = await AdminDatabaseFixture.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task A_new_township_under_its_district_is_in_the_tree_and_offered_for_dispatch()
    {
        var laishan = await UnitIdAsync("laishan");

        var result = await SaveAsync(new UnitInput { Code = "laishan-xinzhuang", NameZh = "新庄街道", NameEn = "Xinzhuang Sub-district", Kind = UnitKind.Township, ParentId = laishan, ContactPhone = "0535-6001234" });

        result.Errors.ShouldBeEmpty();
        var tree = await _db.RunAsync<UnitAdminService, IReadOnlyList<UnitRow>>(s => s.TreeAsync());
        var row = tree.Single(r => r.Code == "laishan-xinzhuang");
        row.ParentId.ShouldBe(laishan);
        row.Depth.ShouldBe(1);
        row.ContactPhone.ShouldBe("05356001234");
        (await _db.RunAsync<ReferenceDataService, IReadOnlyList<UnitOption>>(s => s.AreasAsync())).ShouldContain(u => u.Code == "laishan-xinzhuang");
        (await AuditAsync("laishan-xinzhuang")).ShouldHaveSingleItem().Action.ShouldBe("Create");
    }

    [Fact]
    public async Task A_township_needs_a_district_above_it()
    {
        var result = await SaveAsync(new UnitInput { Code = "lost-town", NameZh = "无上级镇", NameEn = "Lost town", Kind = UnitKind.Township, ParentId = await UnitIdAsync("heating") });

        result.Errors.ShouldBe([new ServiceError("ParentId", Unit.TownshipNeedsDistrict)]);
        (await _db.QueryAsync(db => db.Units.AnyAsync(u => u.Code == "lost-town"))).ShouldBeFalse();
    }

    [Fact]
    public async Task Codes_are_unique()
    {
        var result = await SaveAsync(new UnitInput { Code = "heating", NameZh = "另一个热力公司", NameEn = "Another heating company", Kind = UnitKind.PublicUtility });

        result.Errors.ShouldBe([new ServiceError("Code", UnitAdminService.CodeTaken)]);
    }

    [Fact]
    public async Task A_code_in_use_cannot_change_but_the_names_can()
    {
        var form = await FormAsync("heating");
        form.Code = "heat-co";
        form.NameZh = "市热力集团";

        var result = await SaveAsync(form);

        result.Errors.ShouldBe([new ServiceError("Code", Unit.CodeInUse)]);
        form.Code = "heating";
        (await SaveAsync(form)).Errors.ShouldBeEmpty();
        var unit = await UnitAsync("heating");
        unit.NameZh.ShouldBe("市热力集团");
        (await AuditAsync("heating")).ShouldHaveSingleItem().Before!.ShouldContain("NameZh");
    }

    [Fact]
    public async Task A_code_nobody_uses_yet_can_be_corrected()
    {
        await SaveAsync(new UnitInput { Code = "typo-bureau", NameZh = "新设局", NameEn = "New bureau", Kind = UnitKind.MunicipalBureau });
        var form = await FormAsync("typo-bureau");
        form.Code = "new-bureau";

        (await SaveAsync(form)).Errors.ShouldBeEmpty();

        (await _db.QueryAsync(db => db.Units.AnyAsync(u => u.Code == "new-bureau"))).ShouldBeTrue();
    }

    [Fact]
    public async Task A_unit_cannot_move_under_one_of_its_own_townships()
    {
        var district = await FormAsync("laishan");
        district.ParentId = await _db.QueryAsync(db => db.Units.Where(u => u.ParentId == district.Id).Select(u => u.Id).FirstAsync());

        (await SaveAsync(district)).Errors.ShouldBe([new ServiceError("ParentId", Unit.ParentIsDescendant)]);
    }

    [Fact]
    public async Task A_deactivated_unit_keeps_its_history_but_is_no_longer_offered()
    {
        var id = await UnitIdAsync("laishan");

        var result = await _db.RunAsync<UnitAdminService, ServiceResult<int>>(async s => await s.DeactivateAsync(id, await _db.ActorAsync()));

        result.Errors.ShouldBeEmpty();
        (await UnitAsync("laishan")).IsActive.ShouldBeFalse();
        (await _db.RunAsync<ReferenceDataService, IReadOnlyList<UnitOption>>(s => s.UnitsAsync())).ShouldNotContain(u => u.Id == id);
        (await _db.RunAsync<UnitAdminService, IReadOnlyList<UnitRow>>(s => s.TreeAsync())).ShouldContain(r => r.Id == id && !r.IsActive);
        (await _db.QueryAsync(db => db.Users.AnyAsync(u => u.UnitId == id))).ShouldBeTrue();
    }

    [Fact]
    public async Task A_unit_that_is_still_a_categorys_default_cannot_be_deactivated()
    {
        var id = await UnitIdAsync("heating");

        var result = await _db.RunAsync<UnitAdminService, ServiceResult<int>>(async s => await s.DeactivateAsync(id, await _db.ActorAsync()));

        result.Errors.ShouldBe([new ServiceError(string.Empty, UnitAdminService.StillDefault)]);
        (await UnitAsync("heating")).IsActive.ShouldBeTrue();
    }

    [Fact]
    public async Task Only_administrators_edit_units()
    {
        var result = await _db.RunAsync<UnitAdminService, ServiceResult<int>>(async s =>
            await s.SaveAsync(new UnitInput { Code = "x", NameZh = "某", NameEn = "X", Kind = UnitKind.Other }, await _db.ActorAsync("supervisor")));

        result.Errors.ShouldBe([new ServiceError(string.Empty, ServiceError.AdminOnly)]);
    }

    private async Task<ServiceResult<int>> SaveAsync(UnitInput input) =>
        await _db.RunAsync<UnitAdminService, ServiceResult<int>>(async s => await s.SaveAsync(input, await _db.ActorAsync()));

    private async Task<UnitInput> FormAsync(string code) =>
        (await _db.RunAsync<UnitAdminService, UnitInput?>(async s => await s.GetAsync(await UnitIdAsync(code)))).ShouldNotBeNull();

    private Task<int> UnitIdAsync(string code) => _db.QueryAsync(db => db.Units.Where(u => u.Code == code).Select(u => u.Id).SingleAsync());

    private Task<Unit> UnitAsync(string code) => _db.QueryAsync(db => db.Units.AsNoTracking().SingleAsync(u => u.Code == code));

    private Task<List<AuditEntry>> AuditAsync(string code) =>
        _db.QueryAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.Area == AuditAreas.Unit && e.Subject == code).ToListAsync());
}
