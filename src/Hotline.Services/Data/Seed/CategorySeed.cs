namespace Hotline.Services.Data.Seed;

/// <summary>
/// A category (事项分类) in the reference seed. Top-level categories have no parent and no default unit;
/// leaves name a parent and the unit a ticket is dispatched to by default. <paramref name="IsLocal"/> marks
/// leaves that should go straight to the township/district where the problem is.
/// </summary>
public sealed record CategorySeed(
    string Code,
    string NameZh,
    string NameEn,
    string? ParentCode,
    string? DefaultUnitCode,
    bool IsLocal);
