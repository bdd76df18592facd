using Hotline.Domain.Tickets;
using Hotline.Services.Common;
using Hotline.Services.Workbench;

namespace Hotline.Web.Infrastructure;

/// <summary>
/// Files sent with a form (the workbench's attachment, an appeal's evidence) as the services take them: a file over the
/// limit is refused by its declared length before it is read into memory; the rest are read whole, and the upload rules
/// (<see cref="UploadInputValidator"/>) judge them in the service. An empty file is still a file sent: the rules refuse it.
/// </summary>
public static class Uploads
{
    public const string TooLargeKey = "Workbench.Validation.File.TooLarge";

    /// <summary>Room in a request for the form's fields besides its files (a page's request limit is its files' plus this).</summary>
    public const long FormRoom = 256 * 1024;

    /// <summary>The refusal of the first file over the limit (by its declared length, unread), or null.</summary>
    public static ServiceResult<string>? TooLarge(IEnumerable<IFormFile?> files, string field) =>
        files.Any(f => f is { Length: > Attachment.MaxBytes }) ? ServiceResult<string>.Fail(field, TooLargeKey) : null;

    /// <summary><paramref name="file"/> read into an upload for a form seen at <paramref name="version"/>; none sent is an upload without name or bytes.</summary>
    public static async Task<UploadInput> ReadAsync(IFormFile? file, uint version, CancellationToken ct)
    {
        var input = new UploadInput { FileName = file?.FileName, Version = version };
        if (file is not null)
        {
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, ct);
            input.Content = buffer.ToArray();
        }

        return input;
    }
}
