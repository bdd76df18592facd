namespace Hotline.Services.Tickets;

public sealed record AttachmentView(long Id, string FileName, string ContentType, long Size, DateTimeOffset UploadedAt, string UploadedBy);
