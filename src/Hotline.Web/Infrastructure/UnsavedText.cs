namespace Hotline.Web.Infrastructure;

/// <summary>
/// One piece of text a person typed into a form whose save was refused and which cannot be sent again as it stands
/// (the act is no longer possible): shown by _Unsaved to copy, so a refusal never throws typed words away.
/// </summary>
public sealed record UnsavedText(string Label, string? Text)
{
    /// <summary>The pieces worth showing: those with something typed.</summary>
    public static IReadOnlyList<UnsavedText> Typed(params UnsavedText[] texts) =>
        texts.Where(t => !string.IsNullOrWhiteSpace(t.Text)).ToList();
}
