using Hotline.Domain.Classification;

namespace Hotline.Domain.Tests.Classification;

public class CategorySuggestUnitTests
{
    private const int UrbanManagementBureau = 20;
    private const int HeatingCompany = 31;
    private const int ZhifuDistrict = 7;

    private static readonly Category IllegalConstruction =
        new("UM-02", "违法建设", "Illegal construction", parentId: 2, UrbanManagementBureau, isLocal: true, sortOrder: 2);

    private static readonly Category Heating =
        new("UT-01", "供暖", "Heating", parentId: 1, HeatingCompany, isLocal: false, sortOrder: 1);

    [Fact]
    public void A_local_category_goes_straight_to_the_area_of_the_address()
    {
        IllegalConstruction.SuggestUnit(ZhifuDistrict).ShouldBe(ZhifuDistrict);
    }

    [Fact]
    public void A_local_category_without_an_area_falls_back_to_its_default_unit()
    {
        IllegalConstruction.SuggestUnit(null).ShouldBe(UrbanManagementBureau);
    }

    [Theory]
    [InlineData(ZhifuDistrict)]
    [InlineData(null)]
    public void A_citywide_category_always_suggests_its_default_unit(int? area)
    {
        Heating.SuggestUnit(area).ShouldBe(HeatingCompany);
    }

    [Fact]
    public void A_category_without_a_default_unit_suggests_nothing_unless_it_is_local_with_an_area()
    {
        var noise = new Category("EN-03", "噪声污染", "Noise", parentId: 3, defaultUnitId: null, isLocal: true, sortOrder: 3);
        var other = new Category("OT-99", "其他", "Other", parentId: 9, defaultUnitId: null, isLocal: false, sortOrder: 99);

        noise.SuggestUnit(null).ShouldBeNull();
        noise.SuggestUnit(ZhifuDistrict).ShouldBe(ZhifuDistrict);
        other.SuggestUnit(ZhifuDistrict).ShouldBeNull();
    }
}
