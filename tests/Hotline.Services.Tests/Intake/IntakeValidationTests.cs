using Hotline.Services.Intake;
using Hotline.Services.Tests.Infrastructure;

namespace Hotline.Services.Tests.Intake;

public sealed class IntakeValidationTests(DatabaseFixture app) : DatabaseTest<DatabaseFixture>(app), IClassFixture<DatabaseFixture>
{
    [Theory]
    [InlineData("12345")]
    [InlineData("1380535000")]
    [InlineData("23805350001")]
    [InlineData("")]
    public async Task A_bad_phone_number_is_refused_on_CallerPhone(string phone)
    {
        var input = IntakeInputs.Register(await App.CategoryIdAsync("utilities-heating"), phone: phone);

        await ShouldBeRefusedOnAsync(input, nameof(IntakeInput.CallerPhone));
    }

    [Fact]
    public async Task A_missing_category_is_refused_on_CategoryId()
    {
        var input = IntakeInputs.Register(await App.CategoryIdAsync("utilities-heating"));
        input.CategoryId = null;

        await ShouldBeRefusedOnAsync(input, nameof(IntakeInput.CategoryId));
    }

    [Fact]
    public async Task Content_shorter_than_the_minimum_is_refused_on_Content()
    {
        var input = IntakeInputs.Register(await App.CategoryIdAsync("utilities-heating"), "暖气不热。        ");

        await ShouldBeRefusedOnAsync(input, nameof(IntakeInput.Content));
    }

    [Fact]
    public async Task A_top_level_category_is_refused_on_CategoryId()
    {
        var input = IntakeInputs.Register(await App.CategoryIdAsync("utilities"));

        await ShouldBeRefusedOnAsync(input, nameof(IntakeInput.CategoryId));
    }

    [Fact]
    public async Task An_unknown_category_is_refused_on_CategoryId()
    {
        var input = IntakeInputs.Register(999_999);

        await ShouldBeRefusedOnAsync(input, nameof(IntakeInput.CategoryId));
    }

    [Theory]
    [InlineData("heating")]
    [InlineData("urban")]
    public async Task An_area_that_is_not_a_district_or_township_is_refused_on_AreaUnitId(string unitCode)
    {
        var input = IntakeInputs.Register(await App.CategoryIdAsync("urban-illegal-construction"),
            areaUnitId: await App.UnitIdAsync(unitCode));

        await ShouldBeRefusedOnAsync(input, nameof(IntakeInput.AreaUnitId));
    }

    [Fact]
    public async Task A_missing_address_is_refused_on_Address_for_a_complaint()
    {
        var input = IntakeInputs.Register(await App.CategoryIdAsync("utilities-heating"));
        input.Address = " ";

        await ShouldBeRefusedOnAsync(input, nameof(IntakeInput.Address));
    }

    [Fact]
    public async Task Every_refused_field_is_reported_at_once()
    {
        var input = IntakeInputs.Register(await App.CategoryIdAsync("utilities-heating"), "太短", "abc");
        input.CategoryId = null;

        var result = await ShouldBeRefusedOnAsync(input, nameof(IntakeInput.CallerPhone));

        result.Errors.Select(e => e.Field).ShouldBe(
            [nameof(IntakeInput.CallerPhone), nameof(IntakeInput.CategoryId), nameof(IntakeInput.Content)], ignoreOrder: true);
    }

    private async Task<Common.ServiceResult<IntakeOutcome>> ShouldBeRefusedOnAsync(IntakeInput input, string field)
    {
        var before = await App.CountAsync();

        var result = await App.IntakeAsync(input, IntakeAction.Register);

        result.Succeeded.ShouldBeFalse();
        result.Value.ShouldBeNull();
        result.Errors.ShouldContain(e => e.Field == field && e.Code.StartsWith("Validation.", StringComparison.Ordinal));
        (await App.CountAsync()).ShouldBe(before);
        return result;
    }
}
