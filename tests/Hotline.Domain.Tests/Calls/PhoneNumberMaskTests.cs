using Hotline.Domain.Calls;

namespace Hotline.Domain.Tests.Calls;

public class PhoneNumberMaskTests
{
    [Theory]
    [InlineData("13805350001", "138****0001")]
    [InlineData("19912345678", "199****5678")]
    [InlineData("05356681234", "053****1234")]
    [InlineData("01062345678", "010****5678")]
    public void Long_numbers_show_only_the_first_three_and_last_four_digits(string number, string masked)
    {
        PhoneNumber.Mask(number).ShouldBe(masked);
    }

    [Theory]
    [InlineData("6681234", "*****34")]
    [InlineData("66812345", "******45")]
    [InlineData("110", "*10")]
    [InlineData("12", "12")]
    public void Short_numbers_keep_only_the_last_two_digits(string number, string masked)
    {
        PhoneNumber.Mask(number).ShouldBe(masked);
    }

    [Theory]
    [InlineData("13805350001")]
    [InlineData("05356681234")]
    [InlineData("053566812345")]
    [InlineData("0106234567")]
    [InlineData("66812345")]
    [InlineData("6681234")]
    public void A_masked_number_hides_at_least_three_digits(string number)
    {
        PhoneNumber.Mask(number).Count(c => c == '*').ShouldBeGreaterThanOrEqualTo(3);
        PhoneNumber.Mask(number).Count(char.IsAsciiDigit).ShouldBeLessThanOrEqualTo(number.Length - 3);
    }

    [Fact]
    public void An_empty_number_masks_to_nothing()
    {
        PhoneNumber.Mask(string.Empty).ShouldBe(string.Empty);
    }
}
