namespace Hotline.Domain.Knowledge;

/// <summary>A policy or how-to an agent can read out to a caller and close the request on the spot.</summary>
public sealed class KnowledgeArticle
{
    private KnowledgeArticle()
    {
        Title = string.Empty;
        Body = string.Empty;
        Keywords = string.Empty;
    }

    public KnowledgeArticle(string title, string body, string keywords, int? categoryId, DateTimeOffset now)
    {
        Title = title;
        Body = body;
        Keywords = keywords;
        CategoryId = categoryId;
        IsActive = true;
        UpdatedAt = now;
    }

    public int Id { get; private set; }
    public string Title { get; private set; }
    public string Body { get; private set; }
    public string Keywords { get; private set; }
    public int? CategoryId { get; private set; }
    public bool IsActive { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public int UseCount { get; private set; }

    public void RecordUse() => UseCount++;
}
