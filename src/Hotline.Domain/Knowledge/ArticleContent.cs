namespace Hotline.Domain.Knowledge;

/// <summary>What one version of an article says, and when it applies (local dates, both inclusive).</summary>
public sealed record ArticleContent(string Title, string Body, string Keywords, int[] CategoryIds, DateOnly? ValidFrom, DateOnly? ValidUntil)
{
    public bool IsValidOn(DateOnly day) => (ValidFrom is null || ValidFrom <= day) && (ValidUntil is null || day <= ValidUntil);
}
