using Hotline.Domain.Classification;
using Hotline.Services.Audit;

namespace Hotline.Services.Categories;

/// <summary>A category as the audit log records it.</summary>
public sealed record CategorySnapshot(string Code, string NameZh, string NameEn, int? ParentId, int? DefaultUnitId, bool IsLocal, string Keywords, bool IsActive, int SortOrder)
    : IAuditSnapshot
{
    public static CategorySnapshot Of(Category c) => new(c.Code, c.NameZh, c.NameEn, c.ParentId, c.DefaultUnitId, c.IsLocal, c.Keywords, c.IsActive, c.SortOrder);
}
