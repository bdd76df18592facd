using Hotline.Domain.Units;

namespace Hotline.Services.Units;

/// <summary>A unit in the administrator's tree: <see cref="Depth"/> 1 for townships under their district.</summary>
public sealed record UnitRow(int Id, string Code, string NameZh, string NameEn, UnitKind Kind, int? ParentId, int Depth,
    bool IsActive, string? ContactPhone, IReadOnlyList<string> Liaisons);
