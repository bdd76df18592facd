namespace Hotline.Services.Data;

/// <summary>Small administrator-editable settings (office hours, KPI weights…), one row each.</summary>
public sealed class HotlineSetting
{
    public string Key { get; set; } = string.Empty;

    public string Value { get; set; } = string.Empty;
}
