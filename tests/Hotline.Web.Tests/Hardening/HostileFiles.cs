using System.Net.Http.Headers;
using System.Text;
using Hotline.Testing;

namespace Hotline.Web.Tests.Hardening;

/// <summary>
/// Uploads an attacker makes: files that start like a PDF or a PNG and carry a web page, and names no file system
/// should see. The multipart body is written byte by byte, so a name may hold anything, a NUL included.
/// </summary>
internal static class HostileFiles
{
    private static readonly byte[] Html = Encoding.ASCII.GetBytes("<html><body><script>alert(document.cookie)</script></body></html>");

    /// <summary>Files no check may accept, by the name the sweep gives them.</summary>
    public static readonly IReadOnlyList<string> Refused = ["polyglot.pdf", "appended.png", "page.png", "empty.pdf", "truncated.png"];

    /// <summary>Valid files under names that must be cleaned before they are stored.</summary>
    public static readonly IReadOnlyList<string> Odd = ["a\0b.pdf", "..\\..\\windows\\evil.pdf", "../../etc/evil.png", "\u202Efdp.exe.pdf", "C:\\Users\\x\\photo.png"];

    public static byte[] Content(string name) => name switch
    {
        "polyglot.pdf" => [.. Encoding.ASCII.GetBytes("%PDF-1.4\n"), .. Html, .. Encoding.ASCII.GetBytes("\n%%EOF\n")],
        "appended.png" => [.. SampleFiles.Png, .. Html],
        "page.png" => Html,
        "empty.pdf" => [],
        "truncated.png" => SampleFiles.Png[..20],
        _ when name.EndsWith(".png", StringComparison.Ordinal) => SampleFiles.Png,
        _ => SampleFiles.Pdf,
    };

    /// <summary>A multipart form with <paramref name="fields"/> and the file <paramref name="name"/> under <paramref name="field"/>.</summary>
    public static HttpContent Multipart(IEnumerable<KeyValuePair<string, string>> fields, string field, string name)
    {
        var boundary = "----hotline" + Guid.NewGuid().ToString("N");
        using var body = new MemoryStream();
        void Write(string text) => body.Write(Encoding.UTF8.GetBytes(text));
        foreach (var (key, value) in fields)
        {
            Write($"--{boundary}\r\nContent-Disposition: form-data; name=\"{key}\"\r\n\r\n{value}\r\n");
        }

        var type = name.EndsWith(".png", StringComparison.Ordinal) ? "image/png" : "application/pdf";
        Write($"--{boundary}\r\nContent-Disposition: form-data; name=\"{field}\"; filename=\"{name}\"\r\nContent-Type: {type}\r\n\r\n");
        body.Write(Content(name));
        Write($"\r\n--{boundary}--\r\n");
        var content = new ByteArrayContent(body.ToArray());
        content.Headers.ContentType = MediaTypeHeaderValue.Parse($"multipart/form-data; boundary={boundary}");
        return content;
    }
}
