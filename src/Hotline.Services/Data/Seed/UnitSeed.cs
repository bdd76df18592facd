using Hotline.Domain.Units;

namespace Hotline.Services.Data.Seed;

/// <summary>A member unit (承办单位) in the reference seed. <paramref name="ParentCode"/> is set for townships.</summary>
public sealed record UnitSeed(string Code, string NameZh, string NameEn, UnitKind Kind, string? ParentCode);
