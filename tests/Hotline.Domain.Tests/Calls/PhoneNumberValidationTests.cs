using Hotline.Domain.Calls;

namespace Hotline.Domain.Tests.Calls;

public class PhoneNumberValidationTests
{
    [Theory]
    [InlineData("13805350001", "13805350001")]
    [InlineData("19912345678", "19912345678")]
    [InlineData("15053501234", "15053501234")]
    [InlineData("138 0535 0001", "13805350001")]
    [InlineData("138-0535-0001", "13805350001")]
    [InlineData("  13805350001  ", "13805350001")]
    [InlineData("+86 138 0535 0001", "13805350001")]
    [InlineData("+8613805350001", "13805350001")]
    [InlineData("0086 13805350001", "13805350001")]
    [InlineData("0086-138-0535-0001", "13805350001")]
    public void Mobile_numbers_are_accepted_however_they_are_typed(string typed, string normalized)
    {
        PhoneNumber.TryNormalize(typed, out var result).ShouldBeTrue();

        result.ShouldBe(normalized);
        PhoneNumber.IsMobile(result).ShouldBeTrue();
    }

    [Theory]
    [InlineData("0535-6681234", "05356681234")]
    [InlineData("0535-66812345", "053566812345")]
    [InlineData("053566812345", "053566812345")]
    [InlineData("010-62345678", "01062345678")]
    [InlineData("021-52345678", "02152345678")]
    [InlineData("020 8123 4567", "02081234567")]
    [InlineData("(0535) 6681234", "05356681234")]
    [InlineData("（0535）6681234", "05356681234")]
    public void Landlines_with_an_area_code_are_accepted(string typed, string normalized)
    {
        PhoneNumber.TryNormalize(typed, out var result).ShouldBeTrue();

        result.ShouldBe(normalized);
        PhoneNumber.IsMobile(result).ShouldBeFalse();
    }

    [Theory]
    [InlineData("6681234", "6681234")]
    [InlineData("66812345", "66812345")]
    [InlineData("668-1234", "6681234")]
    public void Local_numbers_of_seven_or_eight_digits_are_accepted(string typed, string normalized)
    {
        PhoneNumber.TryNormalize(typed, out var result).ShouldBeTrue();

        result.ShouldBe(normalized);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("12345678901")]
    [InlineData("11012345678")]
    [InlineData("1380535000")]
    [InlineData("138053500012")]
    [InlineData("1380535000a")]
    [InlineData("一三八零五三五零零零一")]
    [InlineData("abc")]
    [InlineData("110")]
    [InlineData("12345")]
    [InlineData("12")]
    [InlineData("010-12345678")]
    [InlineData("0535-0681234")]
    [InlineData("0535-668123")]
    [InlineData("0535-668123456")]
    [InlineData("1681234")]
    [InlineData("0681234")]
    [InlineData("+86")]
    [InlineData("+86 12345678901")]
    [InlineData("86 13805350001")]
    [InlineData("138.0535.0001")]
    public void Anything_else_is_refused(string? typed)
    {
        PhoneNumber.TryNormalize(typed, out var result).ShouldBeFalse();

        result.ShouldBeEmpty();
        PhoneNumber.IsValid(typed).ShouldBeFalse();
    }

    [Theory]
    [InlineData("138０５３５０００１")]
    [InlineData("0535-６６８１２３４")]
    [InlineData("66８1234")]
    [InlineData("138٠٥٣٥٠٠٠١")]
    public void Digits_other_than_ascii_are_refused_so_stored_numbers_always_match(string typed)
    {
        PhoneNumber.TryNormalize(typed, out var result).ShouldBeFalse();

        result.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("+86 (138) 0535-0001")]
    [InlineData("（0535）６６８１２３４")]
    [InlineData("0086 0535 6681234")]
    [InlineData("138０５３５０００１")]
    [InlineData("668 1234")]
    public void Whatever_is_accepted_is_stored_as_plain_digits(string typed)
    {
        if (PhoneNumber.TryNormalize(typed, out var result))
        {
            result.ShouldNotBeEmpty();
            result.ShouldAllBe(c => c >= '0' && c <= '9');
        }
        else
        {
            result.ShouldBeEmpty();
        }
    }
}
