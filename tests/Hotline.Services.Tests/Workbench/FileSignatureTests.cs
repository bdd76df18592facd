using System.Text;
using Hotline.Services.Workbench;
using Hotline.Testing;

namespace Hotline.Services.Tests.Workbench;

/// <summary>What the bytes of an upload really are: well-formed photos and PDFs pass, polyglots and fakes do not.</summary>
public class FileSignatureTests
{
    private static readonly byte[] Html = Encoding.ASCII.GetBytes("<html><body><script>alert(document.cookie)</script></body></html>");

    [Fact]
    public void Well_formed_photos_and_pdfs_are_what_they_claim()
    {
        FileSignature.Sniff(SampleFiles.Png).ShouldBe("image/png");
        FileSignature.Sniff(SampleFiles.Jpeg).ShouldBe("image/jpeg");
        FileSignature.Sniff(SampleFiles.Pdf).ShouldBe("application/pdf");
        FileSignature.Sniff([.. SampleFiles.Pdf, .. "\r\n\r\n"u8.ToArray()]).ShouldBe("application/pdf");
    }

    public static TheoryData<string, byte[]> Fakes() => new()
    {
        { "a PDF header followed by a web page", [.. "%PDF-1.4\n"u8.ToArray(), .. Html, .. "\n%%EOF\n"u8.ToArray()] },
        { "a PDF without its %%EOF trailer", "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n"u8.ToArray() },
        { "a PDF with a page appended after %%EOF", [.. SampleFiles.Pdf, .. Html] },
        { "a PNG with a web page appended", [.. SampleFiles.Png, .. Html] },
        { "a PNG cut short", SampleFiles.Png[..20] },
        { "a PNG without IHDR first", [.. SampleFiles.Png[..8], .. SampleFiles.Png[33..]] },
        { "a PNG of zero width", WithPngWidth(0) },
        { "a PNG 100,000 pixels wide", WithPngWidth(100_000) },
        { "a JPEG with a web page appended", [.. SampleFiles.Jpeg, .. Html] },
        { "a JPEG without its end marker", SampleFiles.Jpeg[..^2] },
        { "a JPEG header and nothing else", [0xFF, 0xD8, 0xFF, 0xE0] },
        { "a web page", Html },
        { "a program", "MZ\u0090\0 program"u8.ToArray() },
        { "nothing", [] },
    };

    [Theory]
    [MemberData(nameof(Fakes))]
    public void A_fake_or_a_polyglot_is_nothing_the_hotline_accepts(string what, byte[] content) =>
        FileSignature.Sniff(content).ShouldBeNull(what);

    private static byte[] WithPngWidth(uint width)
    {
        var png = SampleFiles.Png.ToArray();
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(16), width);
        return png;
    }
}
