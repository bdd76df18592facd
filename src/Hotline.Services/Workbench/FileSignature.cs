using System.Buffers.Binary;
using System.Text;

namespace Hotline.Services.Workbench;

/// <summary>
/// Tells what a file really is from its structure, so a renamed executable never passes as a photo and a polyglot
/// (bytes that start like a PDF or a PNG and carry a web page) is refused: a PDF needs its <c>%PDF-</c> header, its
/// <c>%%EOF</c> trailer at the end and no markup right after the header; a PNG its IHDR with sane dimensions and
/// nothing after IEND; a JPEG a frame header with sane dimensions and its end marker. No file may carry markup a
/// browser would run in the first kilobyte, and a JPEG nowhere.
/// </summary>
public static class FileSignature
{
    /// <summary>The widest or tallest image accepted: a phone photo is well under it, a decompression bomb is not.</summary>
    public const int MaxDimension = 20_000;

    private const int SniffWindow = 1024;

    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Pdf = "%PDF-"u8.ToArray();
    private static readonly byte[] PdfEnd = "%%EOF"u8.ToArray();

    /// <summary>What browsers treat as a page; lower case, matched without regard to case.</summary>
    private static readonly string[] Markup = ["<html", "<script", "<!doctype html", "<body", "<iframe", "<svg", "<object", "<embed"];

    /// <summary>The content type the bytes are a well-formed file of (image/jpeg, image/png, application/pdf), or null.</summary>
    public static string? Sniff(ReadOnlySpan<byte> content)
    {
        if (HasMarkup(content[..Math.Min(content.Length, SniffWindow)]))
        {
            return null;
        }

        return content.StartsWith(Jpeg) && IsJpeg(content) ? "image/jpeg"
            : content.StartsWith(Png) && IsPng(content) ? "image/png"
            : content.StartsWith(Pdf) && IsPdf(content) ? "application/pdf"
            : null;
    }

    /// <summary>The header is followed by a page, not markup, and the file ends with its trailer (whitespace after it only).</summary>
    private static bool IsPdf(ReadOnlySpan<byte> content)
    {
        var end = content.TrimEnd(" \t\r\n\0"u8);
        return end.EndsWith(PdfEnd);
    }

    /// <summary>IHDR first with dimensions in range, every chunk inside the file, and the file ends with IEND.</summary>
    private static bool IsPng(ReadOnlySpan<byte> content)
    {
        var position = Png.Length;
        var first = true;
        while (position + 12 <= content.Length)
        {
            var length = BinaryPrimitives.ReadUInt32BigEndian(content[position..]);
            var type = content.Slice(position + 4, 4);
            if (length > int.MaxValue || position + 12 + (long)length > content.Length)
            {
                return false;
            }

            if (first && (!type.SequenceEqual("IHDR"u8) || length != 13 || !Sane(
                    BinaryPrimitives.ReadUInt32BigEndian(content[(position + 8)..]), BinaryPrimitives.ReadUInt32BigEndian(content[(position + 12)..]))))
            {
                return false;
            }

            first = false;
            position += 12 + (int)length;
            if (type.SequenceEqual("IEND"u8))
            {
                return position == content.Length;
            }
        }

        return false;
    }

    /// <summary>A frame header (SOFn) with dimensions in range before the scan, an end marker, and no markup anywhere.</summary>
    private static bool IsJpeg(ReadOnlySpan<byte> content)
    {
        if (HasMarkup(content) || content.LastIndexOf([(byte)0xFF, (byte)0xD9]) < 0)
        {
            return false;
        }

        var position = 2;
        while (position + 4 <= content.Length && content[position] == 0xFF)
        {
            var marker = content[position + 1];
            var length = BinaryPrimitives.ReadUInt16BigEndian(content[(position + 2)..]);
            if (marker is >= 0xC0 and <= 0xCF and not (0xC4 or 0xC8 or 0xCC))
            {
                return position + 9 <= content.Length && Sane(
                    BinaryPrimitives.ReadUInt16BigEndian(content[(position + 7)..]), BinaryPrimitives.ReadUInt16BigEndian(content[(position + 5)..]));
            }

            if (marker == 0xDA || length < 2)
            {
                // The scan began (or the segment is broken) before any frame header said how large the image is.
                return false;
            }

            position += 2 + length;
        }

        return false;
    }

    private static bool Sane(uint width, uint height) => width is > 0 and <= MaxDimension && height is > 0 and <= MaxDimension;

    private static bool HasMarkup(ReadOnlySpan<byte> bytes)
    {
        var text = Encoding.Latin1.GetString(bytes);
        return Markup.Any(m => text.Contains(m, StringComparison.OrdinalIgnoreCase));
    }
}
