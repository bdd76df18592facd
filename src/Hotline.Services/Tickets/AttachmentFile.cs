namespace Hotline.Services.Tickets;

/// <summary>A stored attachment, ready to send to someone allowed to see its ticket.</summary>
public sealed record AttachmentFile(string FileName, string ContentType, byte[] Content);
