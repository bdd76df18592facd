using System.Globalization;
using System.Text;

namespace Hotline.Domain.Tickets;

/// <summary>A file (photo, PDF…) attached to a ticket; downloadable only by those who can see the ticket.</summary>
public sealed class Attachment
{
    public const long MaxBytes = 10 * 1024 * 1024;

    public static readonly IReadOnlyDictionary<string, string> AllowedTypes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".png"] = "image/png",
        [".pdf"] = "application/pdf",
    };

    /// <summary>
    /// The name a file is stored and offered under: the last part of whatever path the browser sent (C:\Users\…\a.jpg,
    /// ../../a.jpg), without control characters (NUL included) or invisible formatting characters (a right-to-left
    /// override makes "exe.pdf" read as "fdp.exe"), trimmed. Empty when nothing is left.
    /// </summary>
    public static string CleanFileName(string? name)
    {
        var last = (name ?? string.Empty).Split('/', '\\')[^1];
        var clean = new StringBuilder(last.Length);
        foreach (var c in last)
        {
            if (!char.IsControl(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format)
            {
                clean.Append(c);
            }
        }

        return clean.ToString().Trim();
    }

    private Attachment()
    {
        FileName = string.Empty;
        ContentType = string.Empty;
        UploadedByUserId = string.Empty;
        Content = [];
    }

    public Attachment(long ticketId, int? unitId, string fileName, string contentType, byte[] content, string uploadedByUserId, DateTimeOffset now)
    {
        TicketId = ticketId;
        UnitId = unitId;
        FileName = fileName;
        ContentType = contentType;
        Content = content;
        Size = content.LongLength;
        UploadedByUserId = uploadedByUserId;
        UploadedAt = now;
    }

    public long Id { get; private set; }
    public long TicketId { get; private set; }
    public int? UnitId { get; private set; }
    public string FileName { get; private set; }
    public string ContentType { get; private set; }
    public long Size { get; private set; }
    public byte[] Content { get; private set; }
    public string UploadedByUserId { get; private set; }
    public DateTimeOffset UploadedAt { get; private set; }

    /// <summary>The appeal (申诉) the file was sent with as evidence, if any.</summary>
    public long? AppealId { get; private set; }
}
