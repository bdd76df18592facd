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

    public Unit(string code, string nameZh, string nameEn, UnitKind kind, int? parentId)
    {
        Code = code;
        NameZh = nameZh;
        NameEn = nameEn;
        Kind = kind;
        ParentId = parentId;
        IsActive = true;
    }

    public int Id { get; private set; }
    public string Code { get; private set; }
    public string NameZh { get; private set; }
    public string NameEn { get; private set; }
    public UnitKind Kind { get; private set; }
    public int? ParentId { get; private set; }
    public bool IsActive { get; private set; }

    /// <summary>Districts and townships are places a ticket's address can be in.</summary>
    public bool IsArea => Kind is UnitKind.District or UnitKind.Township;

    public string Name(bool chinese) => chinese ? NameZh : NameEn;
}
