using System.Globalization;
using Hotline.Domain.Performance;
using Hotline.Services.Dashboards;
using Hotline.Services.Rankings;

namespace Hotline.Services.Exports;

/// <summary>
/// The unit ranking as a spreadsheet, as the page shows it: headed by what it is (the period; the published version —
/// number, when and by whom, definitions, correction note — or when it was measured live; how many units are rated; the
/// weights and minimums it was computed with), then a row per unit: place, unit, index, red flag, each component's rate
/// with its numerator and denominator, returns, extensions, replies sent back by review, objections upheld and rejected,
/// parts delegated and received (empty in a version published before those were frozen). <c>text</c> translates
/// resource keys (the web layer passes its localizer), <c>time</c> writes an instant as the pages do.
/// </summary>
public static class RankingExport
{
    public static ExportFile Write(RankingReport report, RankingVersionInfo? version, ExportFormat format, Func<string, string> text,
        Func<DateTimeOffset, string> time)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(time);
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
        columns.Add(new(text("Ranking.ObjectionsUpheld"), r => r.HandOffs?.ObjectionsUpheld, ExportKind.Count));
        columns.Add(new(text("Ranking.ObjectionsRejected"), r => r.HandOffs?.ObjectionsRejected, ExportKind.Count));
        columns.Add(new(text("Ranking.DelegatedOut"), r => r.HandOffs?.DelegatedOut, ExportKind.Count));
        columns.Add(new(text("Ranking.DelegatedIn"), r => r.HandOffs?.DelegatedIn, ExportKind.Count));
        var stem = $"{text("Ranking.FileName")}-{report.Period.Code}";
        return TableExport.Write(format, stem, report.Period.Code, columns, report.Rows, Heading(report, version, text, time));
    }

    /// <summary>The lines above the table: what the page says above it.</summary>
    public static IReadOnlyList<string> Heading(RankingReport report, RankingVersionInfo? version, Func<string, string> text, Func<DateTimeOffset, string> time)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(time);
        var culture = CultureInfo.CurrentCulture;
        var lines = new List<string> { $"{text("Ranking.Title")} {report.Period.Code}" };
        if (version is null)
        {
            lines.Add(string.Format(culture, text("Ranking.MeasuredAt"), time(report.MeasuredAt)));
        }
        else
        {
            lines.Add(string.Format(culture, text("Ranking.Export.Version"), version.Number, time(version.PublishedAt), version.PublishedBy));
            lines.Add($"{text("Ranking.Versions.Definitions")}: {version.Definitions}");
            if (version.Note is { Length: > 0 } note)
            {
                lines.Add($"{text("Ranking.Versions.Note")}: {note}");
            }
        }

        lines.Add(string.Format(culture, text("Ranking.Ranked"), report.RankedCount, report.Rows.Count));
        var components = Enum.GetValues<KpiComponent>();
        lines.Add($"{text(version is null ? "Ranking.Weights" : "Ranking.Versions.Weights")}: "
            + string.Join(" · ", components.Select(c => $"{text($"Enum.KpiComponent.{c}")} {report.Weights[c].ToString("0.##", CultureInfo.InvariantCulture)}")));
        if (components.Any(c => report.Weights.Minimums[c] > 1))
        {
            lines.Add($"{text("Kpi.Minimum")}: "
                + string.Join(" · ", components.Where(c => report.Weights.Minimums[c] > 1).Select(c => $"{text($"Enum.KpiComponent.{c}")} {report.Weights.Minimums[c]}")));
        }

        return lines;
    }
}
