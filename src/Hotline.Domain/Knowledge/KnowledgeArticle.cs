using Hotline.Domain.Common;

namespace Hotline.Domain.Knowledge;

/// <summary>
/// A policy or how-to an agent can read out to a caller and close the request on the spot. The article holds its
/// current text; every save also keeps an immutable <see cref="KnowledgeArticleVersion"/>, numbered from 1.
/// </summary>
public sealed class KnowledgeArticle
{
    private readonly List<KnowledgeArticleVersion> _versions = [];

    private KnowledgeArticle()
    {
        Title = string.Empty;
        Body = string.Empty;
        Keywords = string.Empty;
        CategoryIds = [];
    }

    /// <summary>A new article: a draft, or published at once.</summary>
    public KnowledgeArticle(ArticleContent content, bool publish, string savedBy, DateTimeOffset now)
        : this()
    {
        Status = publish ? ArticleStatus.Published : ArticleStatus.Draft;
        Apply(content, savedBy, now);
    }

    public int Id { get; private set; }
    public string Title { get; private set; }
    public string Body { get; private set; }
    public string Keywords { get; private set; }
    public int[] CategoryIds { get; private set; }
    public DateOnly? ValidFrom { get; private set; }
    public DateOnly? ValidUntil { get; private set; }
    public ArticleStatus Status { get; private set; }

    /// <summary>The number of the current version.</summary>
    public int Version { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }
    public int UseCount { get; private set; }

    /// <summary>The versions added since it was loaded (all of them for a new article).</summary>
    public IReadOnlyList<KnowledgeArticleVersion> Versions => _versions;

    public ArticleContent Content => new(Title, Body, Keywords, CategoryIds, ValidFrom, ValidUntil);

    /// <summary>Agents are offered it: published, and valid on <paramref name="today"/> (local date).</summary>
    public bool IsOfferedOn(DateOnly today) => Status == ArticleStatus.Published && Content.IsValidOn(today);

    /// <summary>Editing saves a new version; a published article goes on published with the new text (unless
    /// <paramref name="publish"/> is false for a draft). Saving the same text again changes nothing.</summary>
    public bool Revise(ArticleContent content, bool publish, string savedBy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (Status == ArticleStatus.Retired)
        {
            throw new DomainRuleException(RetiredIsReadOnly);
        }

        var statusChanges = publish && Status == ArticleStatus.Draft;
        if (SameText(content) && !statusChanges)
        {
            return false;
        }

        if (statusChanges)
        {
            Status = ArticleStatus.Published;
        }

        if (!SameText(content))
        {
            Apply(content, savedBy, now);
        }

        UpdatedAt = now;
        return true;
    }

    public void Retire(DateTimeOffset now)
    {
        Status = ArticleStatus.Retired;
        UpdatedAt = now;
    }

    /// <summary>A retired article comes back as a draft, to be checked before it is published again.</summary>
    public void Restore(DateTimeOffset now)
    {
        if (Status == ArticleStatus.Retired)
        {
            Status = ArticleStatus.Draft;
            UpdatedAt = now;
        }
    }

    public void RecordUse() => UseCount++;

    private bool SameText(ArticleContent content) =>
        content.Title == Title && content.Body == Body && content.Keywords == Keywords
        && content.CategoryIds.Distinct().Order().SequenceEqual(CategoryIds) && content.ValidFrom == ValidFrom && content.ValidUntil == ValidUntil;

    private void Apply(ArticleContent content, string savedBy, DateTimeOffset now)
    {
        Title = content.Title;
        Body = content.Body;
        Keywords = content.Keywords;
        CategoryIds = [.. content.CategoryIds.Distinct().Order()];
        ValidFrom = content.ValidFrom;
        ValidUntil = content.ValidUntil;
        Version++;
        UpdatedAt = now;
        _versions.Add(new KnowledgeArticleVersion(Version, Content, savedBy, now));
    }

    public const string RetiredIsReadOnly = "Knowledge.Error.RetiredIsReadOnly";
}
