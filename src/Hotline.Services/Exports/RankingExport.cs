using Hotline.Domain.Performance;
using Hotline.Services.Dashboards;

namespace Hotline.Services.Exports;

/// <summary>
/// The unit ranking as a spreadsheet: place, unit, index, red flag, then each component's rate with its numerator and
/// denominator, then returns, extensions and replies sent back by review. <c>text</c> translates resource keys (the web layer passes its localizer).
/// </summary>
public static class RankingExport
{
    public static ExportFile Write(RankingReport report, ExportFormat format, Func<string, string> text)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(text);
        var columns = new List<ExportColumn<RankingRow>>
        {
            new(text("Ranking.Rank"), r => r.Rank, ExportKind.Count),
            new(text("Ranking.Unit"), r => r.Name.ToString()),
            new(text("Ranking.Index"), r => r.Index, ExportKind.Score),
            new(text("Ranking.Flag"), r => r.IsFlagged ? text("Ranking.Flagged") : r.IsRanked ? string.Empty : text("Ranking.Unrated")),
        };
        foreach (var component in Enum.GetValues<KpiComponent>())
        {
            var name = text($"Enum.KpiComponent.{component}");
            var (numerator, denominator, _) = UnitCounts.MeasuresOf(component);
            columns.Add(new(name, r => r.Score[component].Value, ExportKind.Percent));
            columns.Add(new(string.Format(System.Globalization.CultureInfo.CurrentCulture, text("Ranking.Part"), name, text($"Enum.Measure.{numerator}")),
                r => r.Counts.Count(numerator), ExportKind.Count));
            columns.Add(new(string.Format(System.Globalization.CultureInfo.CurrentCulture, text("Ranking.Part"), name, text($"Enum.Measure.{denominator}")),
                r => r.Counts.Count(denominator), ExportKind.Count));
        }

        columns.Add(new(text("Enum.Measure.Returns"), r => r.Counts.Returns, ExportKind.Count));
        columns.Add(new(text("Enum.Measure.Extensions"), r => r.Counts.Extensions, ExportKind.Count));
        columns.Add(new(text("Enum.Measure.ReviewReturns"), r => r.Counts.ReviewReturns, ExportKind.Count));
        var stem = $"{text("Ranking.FileName")}-{report.Period.Code}";
        return TableExport.Write(format, stem, report.Period.Code, columns, report.Rows);
    }
}
