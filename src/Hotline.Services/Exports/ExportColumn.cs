namespace Hotline.Services.Exports;

/// <summary>One column of an export: its header (already in the reader's language), how to read a row, and its kind.</summary>
public sealed record ExportColumn<T>(string Header, Func<T, object?> Value, ExportKind Kind = ExportKind.Text);
