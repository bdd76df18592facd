using Hotline.Domain.Units;
using Hotline.Services.Reference;
using Hotline.Services.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Tests.Reference;

public sealed class ReferenceDataServiceTests(DatabaseFixture app) : DatabaseTest<DatabaseFixture>(app), IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task The_category_picker_lists_every_active_leaf_with_its_parent()
    {
        var options = await App.UseAsync<ReferenceDataService, IReadOnlyList<CategoryOption>>(s => s.LeafCategoriesAsync());
        var leaves = await App.ReadAsync(db => db.Categories.CountAsync(c => c.ParentId != null));

        options.Count.ShouldBe(leaves);
        var heating = options.Single(o => o.Code == "utilities-heating");
        heating.Parent.Zh.ShouldBe("公用事业");
        heating.Name.Zh.ShouldBe("供暖");
        heating.DefaultUnitId.ShouldBe(await App.UnitIdAsync("heating"));
        heating.IsLocal.ShouldBeFalse();
        options.Single(o => o.Code == "urban-illegal-construction").IsLocal.ShouldBeTrue();
    }

    [Fact]
    public async Task Areas_list_each_district_followed_by_its_townships()
    {
        var areas = await App.UseAsync<ReferenceDataService, IReadOnlyList<UnitOption>>(s => s.AreasAsync());

        areas.ShouldAllBe(a => a.Kind == UnitKind.District || a.Kind == UnitKind.Township);
        areas.Count.ShouldBe(await App.ReadAsync(db => db.Units.CountAsync(u => u.Kind == UnitKind.District || u.Kind == UnitKind.Township)));
        areas[0].Kind.ShouldBe(UnitKind.District);
        int? district = null;
        foreach (var area in areas)
        {
            if (area.Kind == UnitKind.District)
            {
                district = area.Id;
            }
            else
            {
                area.ParentId.ShouldBe(district, area.Code);
            }
        }
    }

    [Fact]
    public async Task The_unit_list_holds_all_66_units()
    {
        var units = await App.UseAsync<ReferenceDataService, IReadOnlyList<UnitOption>>(s => s.UnitsAsync());

        units.Count.ShouldBe(66);
        units.Select(u => u.Kind).ShouldBeInOrder(SortDirection.Ascending);
    }

    [Fact]
    public async Task The_pickers_are_kept_between_requests_until_another_servers_edit_has_had_time_to_show()
    {
        var units = await App.UseAsync<ReferenceDataService, IReadOnlyList<UnitOption>>(s => s.UnitsAsync());
        var categories = await App.UseAsync<ReferenceDataService, IReadOnlyList<CategoryOption>>(s => s.LeafCategoriesAsync());

        // Another server's administrator renames both: this server's tables change without its own admin services.
        await App.WriteAsync(db => db.Units.Where(u => u.Code == "water").ExecuteUpdateAsync(u => u.SetProperty(x => x.NameZh, "自来水公司（更名）")));
        await App.WriteAsync(db => db.Categories.Where(c => c.Code == "utilities-water-fee").ExecuteUpdateAsync(c => c.SetProperty(x => x.NameZh, "水费（更名）")));
        (await App.UseAsync<ReferenceDataService, IReadOnlyList<UnitOption>>(s => s.UnitsAsync())).ShouldBeSameAs(units);
        (await App.UseAsync<ReferenceDataService, IReadOnlyList<CategoryOption>>(s => s.LeafCategoriesAsync())).ShouldBeSameAs(categories);

        App.Clock.Advance(ReferenceDataCache.MaxAge);

        (await App.UseAsync<ReferenceDataService, IReadOnlyList<UnitOption>>(s => s.UnitsAsync())).Single(u => u.Code == "water").Name.Zh.ShouldBe("自来水公司（更名）");
        (await App.UseAsync<ReferenceDataService, IReadOnlyList<CategoryOption>>(s => s.LeafCategoriesAsync())).Single(c => c.Code == "utilities-water-fee").Name.Zh.ShouldBe("水费（更名）");
    }
}
