namespace Hotline.Services.Exports;

/// <summary>A finished export: the bytes, their content type and the file name to offer (the page sends it RFC 5987-encoded).</summary>
public sealed record ExportFile(byte[] Content, string ContentType, string FileName)
{
    public const string ExcelType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string CsvType = "text/csv; charset=utf-8";
}
