using Hotline.Domain.Tickets;

namespace Hotline.Services.Workbench;

/// <summary>A file to attach: its name as uploaded and its bytes (the page has already capped the request size).</summary>
public sealed class UploadInput
{
    public string? FileName { get; set; }

    public byte[] Content { get; set; } = [];

    public uint Version { get; set; }

    /// <summary>
    /// The file as a ticket attachment, under its cleaned name and the type its bytes were checked as: only after
    /// <see cref="UploadInputValidator"/> passed it (a workbench upload, an appeal's evidence).
    /// </summary>
    public Attachment ToAttachment(long ticketId, int? unitId, string userId, DateTimeOffset now)
    {
        var name = Attachment.CleanFileName(FileName);
        var type = UploadInputValidator.ContentTypeOf(name, Content) ?? throw new InvalidOperationException("The upload was not validated.");
        return new Attachment(ticketId, unitId, name, type, Content, userId, now);
    }
}
