namespace Hotline.Services.Workbench;

/// <summary>Tells what a file really is from its first bytes, so a renamed executable never passes as a photo.</summary>
public static class FileSignature
{
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Pdf = "%PDF-"u8.ToArray();

    /// <summary>The content type the bytes show (image/jpeg, image/png, application/pdf), or null.</summary>
    public static string? Sniff(ReadOnlySpan<byte> content) =>
        content.StartsWith(Jpeg) ? "image/jpeg"
        : content.StartsWith(Png) ? "image/png"
        : content.StartsWith(Pdf) ? "application/pdf"
        : null;
}
