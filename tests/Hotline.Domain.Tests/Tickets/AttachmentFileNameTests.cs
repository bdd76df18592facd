using Hotline.Domain.Tickets;

namespace Hotline.Domain.Tests.Tickets;

/// <summary>The name an attachment is stored and offered under: no path, no control or invisible formatting characters.</summary>
public class AttachmentFileNameTests
{
    [Theory]
    [InlineData("现场照片.jpg", "现场照片.jpg")]
    [InlineData("C:\\Users\\agent\\Desktop\\现场.png", "现场.png")]
    [InlineData("../../etc/passwd.pdf", "passwd.pdf")]
    [InlineData("..\\..\\windows\\evil.pdf", "evil.pdf")]
    [InlineData("a\0b.pdf", "ab.pdf")]
    [InlineData("tab\tand\u001bescape.pdf", "tabandescape.pdf")]
    [InlineData("\u202Efdp.exe.pdf", "fdp.exe.pdf")]
    [InlineData("zero\u200Bwidth.png", "zerowidth.png")]
    [InlineData("  spaced.pdf  ", "spaced.pdf")]
    [InlineData("folder/", "")]
    [InlineData(null, "")]
    public void A_name_keeps_only_its_last_part_without_control_or_formatting_characters(string? uploaded, string stored) =>
        Attachment.CleanFileName(uploaded).ShouldBe(stored);
}
