namespace Hotline.Services.Workbench;

/// <summary>
/// A timeline note that starts with a choice from a list ("[Phone] 已电话联系市民…"): stored language-neutral,
/// shown with the choice's label in the reader's language.
/// </summary>
public static class TaggedNote
{
    public static string Format<TEnum>(TEnum tag, string text)
        where TEnum : struct, Enum => $"[{tag}] {text.Trim()}";

    /// <summary>Splits a tagged note into its tag (when it names a <typeparamref name="TEnum"/>) and its text.</summary>
    public static (TEnum? Tag, string Text) Parse<TEnum>(string note)
        where TEnum : struct, Enum
    {
        var end = note.IndexOf(']', StringComparison.Ordinal);
        if (note.StartsWith('[') && end > 1 && Enum.TryParse<TEnum>(note[1..end], out var tag) && Enum.IsDefined(tag))
        {
            return (tag, note[(end + 1)..].TrimStart());
        }

        return (null, note);
    }
}
