using System.Globalization;
using Hotline.Services.Incidents;

namespace Hotline.Services.Exports;

/// <summary>
/// The incident report as one sheet: a line per local hour (attached calls, platform calls arrived and answered, answer
/// rate), the totals, then the master's time to resolution, the callers and each callback outcome as labelled lines.
/// <c>text</c> translates resource keys (the web layer passes its localizer).
/// </summary>
public static class IncidentExport
{
    public static ExportFile Write(IncidentReport report, ExportFormat format, Func<string, string> text)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(text);
        var columns = new List<ExportColumn<Line>>
        {
            new(text("Incident.Report.Item"), l => l.Item),
            new(text("Incident.Report.Hour"), l => l.Hour, ExportKind.DateTime),
            new(text("Incident.Report.Attached"), l => l.Attached, ExportKind.Count),
            new(text("Incident.Report.Arrived"), l => l.Arrived, ExportKind.Count),
            new(text("Incident.Report.Answered"), l => l.Answered, ExportKind.Count),
            new(text("Incident.Report.AnswerRate"), l => l.Rate, ExportKind.Percent),
            new(text("Incident.Report.Value"), l => l.Value, ExportKind.Score),
        };
        var hour = text("Incident.Report.PerHour");
        var lines = report.Hours.Select(h => new Line(hour, h.Hour, h.Attached, h.Arrived, h.Answered, h.AnswerRate.Value, null)).ToList();
        lines.Add(new(text("Incident.Report.Total"), null, report.Attached, report.Hours.Sum(h => h.Arrived), report.Hours.Sum(h => h.Answered),
            report.AnswerRate.Value, null));
        lines.Add(Value(text("Incident.Report.HoursToResolution"), report.TimeToResolution?.TotalHours));
        lines.Add(Value(text("Incident.Report.Callers"), report.Callers));
        var c = report.Callbacks;
        lines.Add(Value(text("Incident.Report.Listed"), c.Listed));
        lines.Add(Value(text("Incident.Report.Waiting"), c.Waiting));
        lines.Add(Value(text("Enum.Satisfaction.Satisfied"), c.Satisfied));
        lines.Add(Value(text("Enum.Satisfaction.BasicallySatisfied"), c.BasicallySatisfied));
        lines.Add(Value(text("Enum.Satisfaction.Dissatisfied"), c.Dissatisfied));
        lines.Add(Value(text("Incident.Report.Unreachable"), c.Unreachable));
        lines.Add(Value(text("Incident.Report.Solved"), c.Solved));
        lines.Add(new(text("Incident.Report.Satisfaction"), null, null, null, null, c.Satisfaction.Value, null));
        var stem = string.Create(CultureInfo.InvariantCulture, $"{text("Incident.Report.FileName")}-{report.Incident.Summary.Id}");
        return TableExport.Write(format, stem, text("Incident.Report.Sheet"), columns, lines);
    }

    private static Line Value(string item, double? value) => new(item, null, null, null, null, null, value);

    private sealed record Line(string Item, DateTime? Hour, long? Attached, long? Arrived, long? Answered, double? Rate, double? Value);
}
