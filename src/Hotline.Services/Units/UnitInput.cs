using Hotline.Domain.Units;

namespace Hotline.Services.Units;

/// <summary>The administrator's unit form; <see cref="Id"/> is null for a new unit.</summary>
public sealed class UnitInput
{
    public int? Id { get; set; }

    public string? Code { get; set; }

    public string? NameZh { get; set; }

    public string? NameEn { get; set; }

    public UnitKind? Kind { get; set; }

    public int? ParentId { get; set; }

    public string? ContactPhone { get; set; }
}
