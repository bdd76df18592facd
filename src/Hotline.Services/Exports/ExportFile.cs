namespace Hotline.Services.Exports;

/// <summary>
/// An export ready to send: <see cref="WriteAsync"/> writes the file to a stream as its rows are read (the page writes it
/// to the response, so the download starts at once and memory stays flat), with its content type and the file name to
/// offer (the page sends it RFC 5987-encoded).
/// </summary>
public sealed record ExportFile(Func<Stream, CancellationToken, Task> WriteAsync, string ContentType, string FileName)
{
    public const string ExcelType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string CsvType = "text/csv; charset=utf-8";
}
