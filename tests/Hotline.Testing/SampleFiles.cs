using System.Text;

namespace Hotline.Testing;

/// <summary>Small files that are what they claim, to the last byte: a photo or a PDF as a liaison uploads them.</summary>
public static class SampleFiles
{
    /// <summary>A 1×1 PNG: signature, IHDR, IDAT, IEND.</summary>
    public static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    /// <summary>A 1×1 baseline JPEG: SOI, quantisation and Huffman tables, the frame header, one scan, EOI.</summary>
    public static readonly byte[] Jpeg =
    [
        0xFF, 0xD8,
        0xFF, 0xDB, 0x00, 0x43, 0x00, .. Enumerable.Repeat((byte)1, 64),
        0xFF, 0xC0, 0x00, 0x0B, 0x08, 0x00, 0x01, 0x00, 0x01, 0x01, 0x01, 0x11, 0x00,
        0xFF, 0xC4, 0x00, 0x14, 0x00, 0x01, .. new byte[15], 0x00,
        0xFF, 0xC4, 0x00, 0x14, 0x10, 0x01, .. new byte[15], 0x00,
        0xFF, 0xDA, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3F, 0x00, 0x3F,
        0xFF, 0xD9,
    ];

    /// <summary>A one-page-less PDF: header, catalog, trailer and %%EOF.</summary>
    public static readonly byte[] Pdf = Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n" +
        "trailer\n<< /Root 1 0 R >>\n%%EOF\n");
}
