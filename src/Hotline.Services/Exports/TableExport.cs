using System.Globalization;
using System.Text;
using ClosedXML.Excel;
using CsvHelper;

namespace Hotline.Services.Exports;

/// <summary>Writes rows as an .xlsx sheet (typed cells) or a UTF-8 CSV with a BOM (so Excel opens Chinese text correctly).</summary>
public static class TableExport
{
    public const string PercentFormat = "0.00%";
    public const string DecimalFormat = "0.00";
    public const string DateTimeFormat = "yyyy-mm-dd hh:mm";

    public static ExportFile Write<T>(ExportFormat format, string fileStem, string sheetName, IReadOnlyList<ExportColumn<T>> columns, IEnumerable<T> rows) =>
        format == ExportFormat.Csv
            ? new ExportFile(ToCsv(columns, rows), ExportFile.CsvType, fileStem + ".csv")
            : new ExportFile(ToXlsx(sheetName, columns, rows), ExportFile.ExcelType, fileStem + ".xlsx");

    public static byte[] ToXlsx<T>(string sheetName, IReadOnlyList<ExportColumn<T>> columns, IEnumerable<T> rows)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add(sheetName);
        for (var c = 0; c < columns.Count; c++)
        {
            var header = sheet.Cell(1, c + 1);
            header.SetValue(columns[c].Header);
            header.Style.Font.Bold = true;
        }

        // Widths by hand: measuring text (AdjustToContents) needs GDI+, which servers do not have. Number formats go on
        // the column once, not on each of 50,000 cells: a style per cell is most of ClosedXML's time and memory.
        for (var c = 0; c < columns.Count; c++)
        {
            var column = sheet.Column(c + 1);
            column.Width = columns[c].Kind switch
            {
                ExportKind.Text => 24,
                ExportKind.DateTime => 17,
                _ => 12,
            };
            if (Format(columns[c].Kind) is { } format)
            {
                column.Style.NumberFormat.Format = format;
            }
        }

        var r = 2;
        foreach (var row in rows)
        {
            for (var c = 0; c < columns.Count; c++)
            {
                Set(sheet.Cell(r, c + 1), columns[c].Value(row));
            }

            r++;
        }

        sheet.SheetView.FreezeRows(1);
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    public static byte[] ToCsv<T>(IReadOnlyList<ExportColumn<T>> columns, IEnumerable<T> rows)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        using var stream = new MemoryStream();
        // The BOM tells Excel the file is UTF-8; without it Chinese headers open as mojibake.
        using (var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        // Citizens write the content: a field starting with = + - @ is escaped so a spreadsheet never runs it as a formula.
        using (var csv = CsvWriter.Create(writer, new CsvWriterOptions { Injection = CsvInjection.Escape, FormatProvider = CultureInfo.InvariantCulture }, leaveOpen: true))
        {
            foreach (var column in columns)
            {
                csv.WriteField(column.Kind == ExportKind.Percent ? column.Header + " (%)" : column.Header);
            }

            csv.EndRecord();
            foreach (var row in rows)
            {
                foreach (var column in columns)
                {
                    csv.WriteField(CsvText(column.Kind, column.Value(row)));
                }

                csv.EndRecord();
            }
        }

        return stream.ToArray();
    }

    /// <summary>Text stays text (SetValue of a string never turns a phone or ticket number into a number or a date).</summary>
    private static void Set(IXLCell cell, object? value)
    {
        switch (value)
        {
            case null:
                return;
            case DateTime time:
                cell.SetValue(time);
                return;
            case string text:
                cell.SetValue(text);
                return;
            default:
                cell.SetValue(Convert.ToDouble(value, CultureInfo.InvariantCulture));
                return;
        }
    }

    private static string? Format(ExportKind kind) => kind switch
    {
        ExportKind.DateTime => DateTimeFormat,
        ExportKind.Percent => PercentFormat,
        ExportKind.Score => DecimalFormat,
        ExportKind.Count => "0",
        _ => null,
    };

    private static string CsvText(ExportKind kind, object? value) => value switch
    {
        null => string.Empty,
        DateTime time => time.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        string text => text,
        _ when kind == ExportKind.Percent => (Convert.ToDouble(value, CultureInfo.InvariantCulture) * 100).ToString("0.00", CultureInfo.InvariantCulture),
        _ when kind == ExportKind.Score => Convert.ToDouble(value, CultureInfo.InvariantCulture).ToString("0.00", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };
}
