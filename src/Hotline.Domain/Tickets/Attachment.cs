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
}
