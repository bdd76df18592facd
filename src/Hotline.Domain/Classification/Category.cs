namespace Hotline.Domain.Classification;

/// <summary>
/// A node of the two-level taxonomy (事项分类). Leaves name a default handling unit; a local leaf goes
/// straight to the district or township where the problem is instead ("one order, straight to the township").
/// </summary>
public sealed class Category
{
    private Category()
    {
        Code = string.Empty;
        NameZh = string.Empty;
        NameEn = string.Empty;
    }

    public Category(string code, string nameZh, string nameEn, int? parentId, int? defaultUnitId, bool isLocal, int sortOrder)
    {
        Code = code;
        NameZh = nameZh;
        NameEn = nameEn;
        ParentId = parentId;
        DefaultUnitId = defaultUnitId;
        IsLocal = isLocal;
        SortOrder = sortOrder;
        IsActive = true;
    }

    public int Id { get; private set; }
    public string Code { get; private set; }
    public string NameZh { get; private set; }
    public string NameEn { get; private set; }
    public int? ParentId { get; private set; }
    public int? DefaultUnitId { get; private set; }
    public bool IsLocal { get; private set; }
    public int SortOrder { get; private set; }
    public bool IsActive { get; private set; }

    public bool IsLeaf => ParentId is not null;

    public string Name(bool chinese) => chinese ? NameZh : NameEn;

    /// <summary>Who should handle a ticket of this category at that place.</summary>
    public int? SuggestUnit(int? areaUnitId) => IsLocal && areaUnitId is not null ? areaUnitId : DefaultUnitId;
}
