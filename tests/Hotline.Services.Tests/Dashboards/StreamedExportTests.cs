using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Hotline.Services.Exports;

namespace Hotline.Services.Tests.Dashboards;

/// <summary>The memory-sensitive test runs alone, so other tests' allocations do not count against it.</summary>
[CollectionDefinition(nameof(MemoryMeasurements), DisableParallelization = true)]
public sealed class MemoryMeasurements;

/// <summary>A year's export is written as its rows arrive: memory stays flat, and the sheet holds what the CSV holds.</summary>
[Collection(nameof(MemoryMeasurements))]
public sealed class StreamedExportTests
{
    private const int Rows = 200_000;

    private static readonly IReadOnlyList<ExportColumn<int>> Columns =
    [
        new("工单编号", i => string.Create(CultureInfo.InvariantCulture, $"20261204-{i:D6}")),
        new("登记时间", i => new DateTime(2026, 1, 1, 8, 0, 0).AddMinutes(i), ExportKind.DateTime),
        new("状态", i => i % 3 == 0 ? "已办结" : "处理中"),
        new("来电号码", i => string.Create(CultureInfo.InvariantCulture, $"1390535{i % 10000:D4}")),
        new("地址", i => string.Create(CultureInfo.InvariantCulture, $"莱山区观海路 {i % 300} 号")),
        new("内容", i => string.Create(CultureInfo.InvariantCulture, $"小区{i % 50}号楼暖气片不热，室温只有十二度，已经三天了。第{i}次")),
        new("办结时间", i => i % 3 == 0 ? new DateTime(2026, 1, 2, 9, 30, 0).AddMinutes(i) : null, ExportKind.DateTime),
    ];

    [Fact]
    public async Task Two_hundred_thousand_rows_stream_in_flat_memory_and_the_sheet_reads_as_the_csv()
    {
        var folder = Directory.CreateTempSubdirectory("hotline-export-");
        try
        {
            var xlsx = Path.Combine(folder.FullName, "tickets.xlsx");
            var csv = Path.Combine(folder.FullName, "tickets.csv");

            var xlsxPeak = await PeakHeapGrowthAsync(xlsx, ExportFormat.Excel);
            var csvPeak = await PeakHeapGrowthAsync(csv, ExportFormat.Csv);

            // ClosedXML held ~15 kB a row (41,684 rows peaked near 600 MB); streamed, the heap stays within a few buffers.
            xlsxPeak.ShouldBeLessThan(100L * 1024 * 1024, $"xlsx peak heap growth {xlsxPeak:N0} bytes");
            csvPeak.ShouldBeLessThan(100L * 1024 * 1024, $"csv peak heap growth {csvPeak:N0} bytes");
            new FileInfo(xlsx).Length.ShouldBeGreaterThan(1_000_000);

            using var csvLines = File.OpenText(csv);
            var read = 0;
            foreach (var sheetRow in SheetRows(xlsx))
            {
                var line = await csvLines.ReadLineAsync();
                line.ShouldNotBeNull($"the CSV ends before sheet row {read + 1}");
                sheetRow.ShouldBe(line.TrimStart('\uFEFF').Split(','), $"row {read + 1}");
                read++;
            }

            (await csvLines.ReadLineAsync()).ShouldBeNull();
            read.ShouldBe(Rows + 1);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>Writes the export to a file and returns how far the managed heap grew above where it started, at its highest.</summary>
    private static async Task<long> PeakHeapGrowthAsync(string path, ExportFormat format)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        var file = TableExport.Write(format, "tickets", "工单", Columns, Enumerable.Range(1, Rows));
        await using (var stream = new SamplingStream(File.Create(path)))
        {
            await file.WriteAsync(stream, CancellationToken.None);
            return stream.PeakHeap - baseline;
        }
    }

    /// <summary>The sheet's rows as text, read forward with the Open XML SAX reader (dates back in the CSV's form).</summary>
    private static IEnumerable<string[]> SheetRows(string path)
    {
        using var document = SpreadsheetDocument.Open(path, isEditable: false);
        var part = document.WorkbookPart!.WorksheetParts.Single();
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(Row) && reader.IsStartElement)
            {
                var row = (Row)reader.LoadCurrentElement()!;
                yield return row.Elements<Cell>().Select(Text).ToArray();
            }
        }
    }

    private static string Text(Cell cell)
    {
        if (cell.DataType?.Value == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText ?? string.Empty;
        }

        if (cell.DataType?.Value == CellValues.String)
        {
            return cell.CellValue?.Text ?? string.Empty;
        }

        var value = cell.CellValue?.Text;
        return string.IsNullOrEmpty(value)
            ? string.Empty
            : DateTime.FromOADate(double.Parse(value, CultureInfo.InvariantCulture)).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
    }

    /// <summary>A file stream that notes the managed heap's size at every write.</summary>
    private sealed class SamplingStream(Stream inner) : Stream
    {
        public long PeakHeap { get; private set; }

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => inner.Length;

        public override long Position
        {
            get => inner.Position;
            set => throw new NotSupportedException();
        }

        public override void Flush() => inner.Flush();

        public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count)
        {
            Sample();
            inner.Write(buffer, offset, count);
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Sample();
            return inner.WriteAsync(buffer, cancellationToken);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            Sample();
            return inner.WriteAsync(buffer, offset, count, cancellationToken);
        }

        public override async ValueTask DisposeAsync()
        {
            await inner.DisposeAsync();
            await base.DisposeAsync();
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }

        private void Sample() => PeakHeap = Math.Max(PeakHeap, GC.GetTotalMemory(forceFullCollection: false));
    }
}
