using Hotline.Domain.Common;

namespace Hotline.Domain.Tests.Common;

/// <summary>The ranges every bound value is held to: one page clamp, one plausible date window, one set of characters text may hold.</summary>
public class LimitsTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Theory]
    [InlineData(int.MinValue, 1)]
    [InlineData(-1, 1)]
    [InlineData(0, 1)]
    [InlineData(1, 1)]
    [InlineData(37, 37)]
    [InlineData(Limits.PageMax, Limits.PageMax)]
    [InlineData(Limits.PageMax + 1, Limits.PageMax)]
    [InlineData(int.MaxValue, Limits.PageMax)]
    public void A_page_number_is_clamped_to_the_pages_a_list_serves(int asked, int served) => Limits.ClampPage(asked).ShouldBe(served);

    [Fact]
    public void The_deepest_page_of_the_largest_page_size_stays_a_bounded_offset() =>
        ((long)(Limits.PageMax - 1) * Limits.PageSizeMax).ShouldBeLessThan(int.MaxValue);

    [Theory]
    [InlineData("2006-11-23", true)]
    [InlineData("2006-11-22", false)]
    [InlineData("2036-11-23", true)]
    [InlineData("2036-11-24", false)]
    [InlineData("0001-01-01", false)]
    [InlineData("9999-12-31", false)]
    [InlineData("2026-02-14", true)]
    public void A_date_is_plausible_within_twenty_years_back_and_ten_ahead(string date, bool plausible) =>
        Limits.IsPlausible(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), Today).ShouldBe(plausible);

    [Fact]
    public void A_time_is_plausible_by_its_date()
    {
        Limits.IsPlausible(DateTime.MinValue, Today).ShouldBeFalse();
        Limits.IsPlausible(DateTime.MaxValue, Today).ShouldBeFalse();
        Limits.IsPlausible(new DateTime(2026, 11, 23, 23, 59, 0), Today).ShouldBeTrue();
    }

    [Theory]
    [InlineData("供暖中断，室温 12℃\r\n第二行\t缩进", false)]
    [InlineData("😀𠀀 \u202Egpj.exe", false)]
    [InlineData("a\0b", true)]
    [InlineData("\u001b[31m", true)]
    [InlineData("\u0085", true)]
    [InlineData("a\uFFFFb", true)]
    [InlineData("a\uFFFE", true)]
    public void Text_may_hold_what_people_type_but_no_control_character_or_noncharacter(string text, bool unstorable) =>
        Limits.HasUnstorableCharacters(text).ShouldBe(unstorable);

    [Fact]
    public void Half_a_surrogate_pair_is_not_text()
    {
        Limits.HasUnstorableCharacters("half " + '\uD83D' + " pair").ShouldBeTrue();
        Limits.HasUnstorableCharacters('\uDE00' + " low first").ShouldBeTrue();
        Limits.HasUnstorableCharacters("end " + '\uD83D').ShouldBeTrue();
    }
}
