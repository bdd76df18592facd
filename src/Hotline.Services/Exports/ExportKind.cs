namespace Hotline.Services.Exports;

/// <summary>How a column's values are written: Excel gets real numbers and dates with a format, CSV plain text.</summary>
public enum ExportKind
{
    Text = 1,

    /// <summary>A whole number (counts, ranks).</summary>
    Count = 2,

    /// <summary>A number with two decimals (the efficiency index).</summary>
    Score = 3,

    /// <summary>A fraction 0–1 shown as a percentage (rates): Excel keeps the fraction with a 0.00% format.</summary>
    Percent = 4,

    /// <summary>A local date and time (the caller converts instants to the hotline's zone).</summary>
    DateTime = 5,
}
