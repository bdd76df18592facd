using System.Globalization;
using System.Text;
using CsvHelper;
using SpreadCheetah;
using SpreadCheetah.Styling;
using SpreadCheetah.Worksheets;

namespace Hotline.Services.Exports;

/// <summary>
/// Writes rows as an .xlsx sheet (typed cells) or a UTF-8 CSV with a BOM (so Excel opens Chinese text correctly), straight
/// to a stream as the rows arrive: memory stays flat whatever the row count (SpreadCheetah writes the sheet forward-only).
/// An optional heading (lines of text saying what the table is, as the page says it above its table) comes first, then
/// an empty line, then the column headers.
/// </summary>
public static class TableExport
{
    public const string PercentFormat = "0.00%";
    public const string DecimalFormat = "0.00";
    public const string DateTimeFormat = "yyyy-mm-dd hh:mm";

    /// <summary>An xlsx sheet holds 1,048,576 rows, the header included.</summary>
    public const int MaxXlsxRows = 1_048_575;

    public static ExportFile Write<T>(ExportFormat format, string fileStem, string sheetName, IReadOnlyList<ExportColumn<T>> columns, IEnumerable<T> rows,
        IReadOnlyList<string>? heading = null) =>
        Write(format, fileStem, sheetName, columns, Async(rows), heading);

    public static ExportFile Write<T>(ExportFormat format, string fileStem, string sheetName, IReadOnlyList<ExportColumn<T>> columns, IAsyncEnumerable<T> rows,
        IReadOnlyList<string>? heading = null) =>
        format == ExportFormat.Csv
            ? new ExportFile((stream, ct) => WriteCsvAsync(stream, columns, rows, heading, ct), ExportFile.CsvType, fileStem + ".csv")
            : new ExportFile((stream, ct) => WriteXlsxAsync(stream, sheetName, columns, rows, heading, ct), ExportFile.ExcelType, fileStem + ".xlsx");

    public static async Task WriteXlsxAsync<T>(Stream stream, string sheetName, IReadOnlyList<ExportColumn<T>> columns, IAsyncEnumerable<T> rows,
        IReadOnlyList<string>? heading = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        heading ??= [];
        await using var spreadsheet = await Spreadsheet.CreateNewAsync(stream, cancellationToken: ct);
        // Widths by hand (no text measuring on a server); number formats as one style per column kind, not per cell.
        // The heading scrolls away; the column headers stay.
        var options = new WorksheetOptions { FrozenRows = heading.Count == 0 ? 1 : heading.Count + 2 };
        for (var c = 0; c < columns.Count; c++)
        {
            options.Column(c + 1).Width = columns[c].Kind switch
            {
                ExportKind.Text => 24,
                ExportKind.DateTime => 17,
                _ => 12,
            };
        }

        await spreadsheet.StartWorksheetAsync(sheetName, options, ct);
        var bold = spreadsheet.AddStyle(new Style { Font = { Bold = true } });
        var styles = columns.Select(c => Format(c.Kind) is { } format ? spreadsheet.AddStyle(new Style { Format = NumberFormat.Custom(format) }) : null)
            .ToArray();
        foreach (var line in heading)
        {
            await spreadsheet.AddRowAsync(new[] { new Cell(line, bold) }, ct);
        }

        if (heading.Count > 0)
        {
            await spreadsheet.AddRowAsync(new Cell[1], ct);
        }

        var cells = new Cell[columns.Count];
        for (var c = 0; c < columns.Count; c++)
        {
            cells[c] = new Cell(columns[c].Header, bold);
        }

        await spreadsheet.AddRowAsync(cells, ct);
        await foreach (var row in rows.WithCancellation(ct))
        {
            for (var c = 0; c < columns.Count; c++)
            {
                cells[c] = CellOf(columns[c].Value(row), styles[c]);
            }

            await spreadsheet.AddRowAsync(cells, ct);
        }

        await spreadsheet.FinishAsync(ct);
    }

    public static async Task WriteCsvAsync<T>(Stream stream, IReadOnlyList<ExportColumn<T>> columns, IAsyncEnumerable<T> rows,
        IReadOnlyList<string>? heading = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        // The BOM tells Excel the file is UTF-8; without it Chinese headers open as mojibake.
        await using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bufferSize: 64 * 1024, leaveOpen: true);
        // Citizens write the content: a field starting with = + - @ is escaped so a spreadsheet never runs it as a formula.
        // Heading lines are one field each above the table: only a headed file has records of different lengths.
        var options = new CsvWriterOptions
        {
            Injection = CsvInjection.Escape,
            FormatProvider = CultureInfo.InvariantCulture,
            ValidateFieldCount = heading is not { Count: > 0 },
        };
        await using var csv = CsvWriter.Create(writer, options, leaveOpen: true);
        foreach (var line in heading ?? [])
        {
            csv.WriteField(line);
            csv.EndRecord();
        }

        if (heading is { Count: > 0 })
        {
            // The empty line between the heading and the table, written past the CSV writer: it refuses a record with no
            // field and quotes an empty one.
            await csv.FlushAsync(ct);
            await writer.WriteAsync(options.NewLine.AsMemory(), ct);
        }

        foreach (var column in columns)
        {
            csv.WriteField(column.Kind == ExportKind.Percent ? column.Header + " (%)" : column.Header);
        }

        csv.EndRecord();
        var written = 0;
        await foreach (var row in rows.WithCancellation(ct))
        {
            foreach (var column in columns)
            {
                csv.WriteField(CsvText(column.Kind, column.Value(row)));
            }

            csv.EndRecord();
            if (++written % 100 == 0)
            {
                // Out to the stream asynchronously every hundred rows, so the writer's buffer never grows with the file.
                await csv.FlushAsync(ct);
                await writer.FlushAsync(ct);
            }
        }

        await csv.FlushAsync(ct);
        await writer.FlushAsync(ct);
    }

    /// <summary>The whole file in memory: for tests and small tables.</summary>
    public static async Task<byte[]> ToBytesAsync(ExportFile file, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        using var stream = new MemoryStream();
        await file.WriteAsync(stream, ct);
        return stream.ToArray();
    }

    /// <summary>Text stays text (a string cell is never read as a formula, a number or a date).</summary>
    private static Cell CellOf(object? value, StyleId? style) => value switch
    {
        null => default,
        DateTime time => new Cell(time, style),
        string text => new Cell(text),
        _ => new Cell(Convert.ToDouble(value, CultureInfo.InvariantCulture), style),
    };

    private static async IAsyncEnumerable<T> Async<T>(IEnumerable<T> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        foreach (var row in rows)
        {
            yield return row;
        }

        await Task.CompletedTask;
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
