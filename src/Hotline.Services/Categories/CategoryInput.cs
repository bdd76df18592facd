namespace Hotline.Services.Categories;

/// <summary>The administrator's category form; <see cref="Id"/> is null for a new one, whose <see cref="ParentId"/>
/// makes it a leaf (or, when null, a top-level group).</summary>
public sealed class CategoryInput
{
    public int? Id { get; set; }

    public string? Code { get; set; }

    public string? NameZh { get; set; }

    public string? NameEn { get; set; }

    public int? ParentId { get; set; }

    public int? DefaultUnitId { get; set; }

    public bool IsLocal { get; set; }

    /// <summary>Words and synonyms, space-separated (路灯 灯不亮).</summary>
    public string? Keywords { get; set; }
}
