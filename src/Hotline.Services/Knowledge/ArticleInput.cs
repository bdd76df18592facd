namespace Hotline.Services.Knowledge;

/// <summary>The administrator's article form; <see cref="Id"/> is null for a new article. <see cref="Version"/> is the
/// version the form was read at: a save over a newer one is refused.</summary>
public sealed class ArticleInput
{
    public int? Id { get; set; }

    public string? Title { get; set; }

    public string? Body { get; set; }

    public string? Keywords { get; set; }

    public List<int> CategoryIds { get; set; } = [];

    public DateOnly? ValidFrom { get; set; }

    public DateOnly? ValidUntil { get; set; }

    /// <summary>Publish now (a draft stays a draft otherwise; a published article stays published).</summary>
    public bool Publish { get; set; }

    public int Version { get; set; }
}
