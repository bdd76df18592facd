using Hotline.Domain.Common;

namespace Hotline.Domain.Units;

/// <summary>A member unit (成员单位). Units form a tree: townships sit under their district.</summary>
public sealed class Unit
{
    private Unit()
    {
        Code = string.Empty;
        NameZh = string.Empty;
        NameEn = string.Empty;
    }

    public Unit(string code, string nameZh, string nameEn, UnitKind kind, int? parentId, string? contactPhone = null)
    {
        Code = code;
        NameZh = nameZh;
        NameEn = nameEn;
        Kind = kind;
        ParentId = parentId;
        ContactPhone = contactPhone;
        IsActive = true;
    }

    public int Id { get; private set; }
    public string Code { get; private set; }
    public string NameZh { get; private set; }
    public string NameEn { get; private set; }
    public UnitKind Kind { get; private set; }
    public int? ParentId { get; private set; }
    public string? ContactPhone { get; private set; }

    /// <summary>An inactive unit is offered neither for dispatch nor as a category's default; its history and its
    /// place in past rankings stay.</summary>
    public bool IsActive { get; private set; }

    /// <summary>Districts and townships are places a ticket's address can be in.</summary>
    public bool IsArea => Kind is UnitKind.District or UnitKind.Township;

    public string Name(bool chinese) => chinese ? NameZh : NameEn;

    public void Rename(string nameZh, string nameEn, string? contactPhone)
    {
        NameZh = nameZh;
        NameEn = nameEn;
        ContactPhone = contactPhone;
    }

    /// <summary>Codes appear in liaison logins and exports: once anything refers to the unit, the code stays.</summary>
    public void ChangeCode(string code, bool inUse)
    {
        if (code == Code)
        {
            return;
        }

        if (inUse)
        {
            throw new DomainRuleException(CodeInUse);
        }

        Code = code;
    }

    /// <summary>Places the unit under <paramref name="parent"/> (or at the top). A township needs a district above it;
    /// nothing may sit under itself or under one of its own descendants.</summary>
    public void MoveUnder(UnitKind kind, Unit? parent, IReadOnlyCollection<int> descendants)
    {
        ArgumentNullException.ThrowIfNull(descendants);
        if (parent is not null && (parent.Id == Id || descendants.Contains(parent.Id)))
        {
            throw new DomainRuleException(ParentIsDescendant);
        }

        if (kind == UnitKind.Township && parent?.Kind != UnitKind.District)
        {
            throw new DomainRuleException(TownshipNeedsDistrict);
        }

        Kind = kind;
        ParentId = parent?.Id;
    }

    public void Deactivate() => IsActive = false;

    public void Reactivate() => IsActive = true;

    public const string CodeInUse = "UnitAdmin.Error.CodeInUse";
    public const string ParentIsDescendant = "UnitAdmin.Error.ParentIsDescendant";
    public const string TownshipNeedsDistrict = "UnitAdmin.Error.TownshipNeedsDistrict";
}
