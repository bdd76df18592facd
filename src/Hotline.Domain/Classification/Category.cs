using Hotline.Domain.Common;

namespace Hotline.Domain.Classification;

/// <summary>
/// A node of the two-level taxonomy (事项分类). Leaves name a default handling unit; a local leaf goes
/// straight to the district or township where the problem is instead ("one order, straight to the township").
/// Retired nodes are not offered at intake; tickets already filed keep them.
/// </summary>
public sealed class Category
{
    private Category()
    {
        Code = string.Empty;
        NameZh = string.Empty;
        NameEn = string.Empty;
        Keywords = string.Empty;
    }

    public Category(string code, string nameZh, string nameEn, int? parentId, int? defaultUnitId, bool isLocal, int sortOrder, string keywords = "")
    {
        Code = code;
        NameZh = nameZh;
        NameEn = nameEn;
        ParentId = parentId;
        DefaultUnitId = defaultUnitId;
        IsLocal = isLocal;
        SortOrder = sortOrder;
        Keywords = keywords;
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

    /// <summary>Words and synonyms agents type for this leaf (路灯 for 城市照明), space-separated.</summary>
    public string Keywords { get; private set; }

    public bool IsActive { get; private set; }

    public bool IsLeaf => ParentId is not null;

    public string Name(bool chinese) => chinese ? NameZh : NameEn;

    /// <summary>Who should handle a ticket of this category at that place.</summary>
    public int? SuggestUnit(int? areaUnitId) => IsLocal && areaUnitId is not null ? areaUnitId : DefaultUnitId;

    public void Rename(string nameZh, string nameEn)
    {
        NameZh = nameZh;
        NameEn = nameEn;
    }

    /// <summary>Only leaves are handled by a unit: a top-level category groups leaves and names no unit.</summary>
    public void SetHandling(int? defaultUnitId, bool isLocal, string keywords)
    {
        if (!IsLeaf && (defaultUnitId is not null || isLocal))
        {
            throw new DomainRuleException(TopLevelHasNoUnit);
        }

        if (IsLeaf && defaultUnitId is null)
        {
            throw new DomainRuleException(LeafNeedsUnit);
        }

        DefaultUnitId = defaultUnitId;
        IsLocal = isLocal;
        Keywords = keywords;
    }

    /// <summary>Swaps places with a sibling (move up or down).</summary>
    public void SwapOrderWith(Category sibling)
    {
        ArgumentNullException.ThrowIfNull(sibling);
        (SortOrder, sibling.SortOrder) = (sibling.SortOrder, SortOrder);
    }

    public void Retire() => IsActive = false;

    public void Restore() => IsActive = true;

    public const string TopLevelHasNoUnit = "Categories.Error.TopLevelHasNoUnit";
    public const string LeafNeedsUnit = "Categories.Error.LeafNeedsUnit";
}
