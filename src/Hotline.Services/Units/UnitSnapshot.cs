using Hotline.Domain.Units;
using Hotline.Services.Audit;

namespace Hotline.Services.Units;

/// <summary>A unit as the audit log records it.</summary>
public sealed record UnitSnapshot(string Code, string NameZh, string NameEn, UnitKind Kind, int? ParentId, string? ContactPhone, bool IsActive) : IAuditSnapshot
{
    public static UnitSnapshot Of(Unit u) => new(u.Code, u.NameZh, u.NameEn, u.Kind, u.ParentId, u.ContactPhone, u.IsActive);
}
