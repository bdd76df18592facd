namespace Hotline.Services.Exports;

public enum ExportFormat
{
    Excel = 1,
    Csv = 2,
}
