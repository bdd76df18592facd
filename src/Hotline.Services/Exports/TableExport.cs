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
            SetText(header, columns[c].Header);
            header.Style.Font.Bold = true;
        }

        var r = 2;
        foreach (var row in rows)
        {
            for (var c = 0; c < columns.Count; c++)
            {
                Set(sheet.Cell(r, c + 1), columns[c].Kind, columns[c].Value(row));
            }

            r++;
        }

        // Widths by hand: measuring text (AdjustToContents) needs GDI+, which servers do not have.
        for (var c = 0; c < columns.Count; c++)
        {
            sheet.Column(c + 1).Width = columns[c].Kind switch
            {
                ExportKind.Text => 24,
                ExportKind.DateTime => 17,
                _ => 12,
            };
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

    private static void Set(IXLCell cell, ExportKind kind, object? value)
    {
        switch (value)
        {
            case null:
                return;
            case DateTime time:
                cell.SetValue(time);
                cell.Style.NumberFormat.Format = DateTimeFormat;
                return;
            case string text:
                SetText(cell, text);
                return;
        }

        var number = Convert.ToDouble(value, CultureInfo.InvariantCulture);
        cell.SetValue(number);
        cell.Style.NumberFormat.Format = kind switch
        {
            ExportKind.Percent => PercentFormat,
            ExportKind.Score => DecimalFormat,
            _ => "0",
        };
    }

    /// <summary>Text stays text: a phone number or ticket number must not turn into a number or a date.</summary>
    private static void SetText(IXLCell cell, string text)
    {
        cell.DataType = XLDataType.Text;
        cell.SetValue(text);
        cell.DataType = XLDataType.Text;
    }

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
