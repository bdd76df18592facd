using Hotline.Domain.Calls;

namespace Hotline.Domain.Tests.Calls;

public class PersonNameMaskTests
{
    [Theory]
    [InlineData("张三", "张**")]
    [InlineData("李晓明", "李**")]
    [InlineData(" 王芳 ", "王**")]
    [InlineData("欧阳娜娜", "欧**")]
    [InlineData("Zhang San", "Z**")]
    public void Only_the_first_character_of_a_name_is_shown(string name, string masked)
    {
        PersonName.Mask(name).ShouldBe(masked);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void No_name_masks_to_nothing(string? name)
    {
        PersonName.Mask(name).ShouldBe(string.Empty);
    }

    [Fact]
    public void A_rare_character_outside_the_basic_plane_is_kept_whole()
    {
        // 𠮷 (U+20BB7), a variant of the surname 吉, takes two UTF-16 code units.
        var masked = PersonName.Mask("𠮷祥");

        masked.ShouldBe("𠮷**");
        char.IsSurrogate(masked[^3]).ShouldBeTrue();
        masked.Where(char.IsHighSurrogate).Count().ShouldBe(masked.Count(char.IsLowSurrogate));
    }

    [Fact]
    public void A_name_with_a_broken_character_is_still_masked()
    {
        PersonName.Mask("\uD842祥").ShouldEndWith("**");
    }
}
