using Hotline.Services.Common;

namespace Hotline.Services.Categories;

/// <summary>A category in the administrator's list: top-level groups, each followed by its leaves in order.</summary>
public sealed record CategoryRow(int Id, string Code, string NameZh, string NameEn, int? ParentId, LocalizedName? DefaultUnit,
    bool DefaultUnitActive, bool IsLocal, string Keywords, bool IsActive, int SortOrder);
