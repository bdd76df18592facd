namespace Hotline.Domain.Knowledge;

/// <summary>One saved text of an article, never changed afterwards: a ticket answered from the article points at the
/// version read out, so its 答复依据 stays what the caller heard.</summary>
public sealed class KnowledgeArticleVersion
{
    private KnowledgeArticleVersion()
    {
        Title = string.Empty;
        Body = string.Empty;
        Keywords = string.Empty;
        CategoryIds = [];
        SavedBy = string.Empty;
    }

    internal KnowledgeArticleVersion(int number, ArticleContent content, string savedBy, DateTimeOffset savedAt)
    {
        Number = number;
        Title = content.Title;
        Body = content.Body;
        Keywords = content.Keywords;
        CategoryIds = content.CategoryIds;
        ValidFrom = content.ValidFrom;
        ValidUntil = content.ValidUntil;
        SavedBy = savedBy;
        SavedAt = savedAt;
    }

    public int Id { get; private set; }
    public int ArticleId { get; private set; }
    public int Number { get; private set; }
    public string Title { get; private set; }
    public string Body { get; private set; }
    public string Keywords { get; private set; }
    public int[] CategoryIds { get; private set; }
    public DateOnly? ValidFrom { get; private set; }
    public DateOnly? ValidUntil { get; private set; }

    /// <summary>The display name of who saved it.</summary>
    public string SavedBy { get; private set; }

    public DateTimeOffset SavedAt { get; private set; }
}
