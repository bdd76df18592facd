using Hotline.Domain.Knowledge;
using Hotline.Services.Audit;

namespace Hotline.Services.Knowledge;

/// <summary>An article as the audit log records it: the body by its length (its versions keep the text).</summary>
public sealed record ArticleSnapshot(string Title, int Version, ArticleStatus Status, string Keywords, int[] CategoryIds, DateOnly? ValidFrom, DateOnly? ValidUntil, int BodyLength)
    : IAuditSnapshot
{
    public static ArticleSnapshot Of(KnowledgeArticle a) => new(a.Title, a.Version, a.Status, a.Keywords, a.CategoryIds, a.ValidFrom, a.ValidUntil, a.Body.Length);
}
