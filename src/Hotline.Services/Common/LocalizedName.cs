using System.Globalization;

namespace Hotline.Services.Common;

/// <summary>A name kept in both interface languages; renders in the current UI culture.</summary>
public sealed record LocalizedName(string Zh, string En)
{
    public static LocalizedName Empty { get; } = new(string.Empty, string.Empty);

    public override string ToString() =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "zh" ? Zh : En;
}
