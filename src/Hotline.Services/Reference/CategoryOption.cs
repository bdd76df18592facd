using Hotline.Services.Common;

namespace Hotline.Services.Reference;

/// <summary>A leaf category for the intake picker, with its parent's name for the "Utilities › Heating" label and the
/// keywords the picker also matches (路灯 finds 城市照明).</summary>
public sealed record CategoryOption(int Id, string Code, LocalizedName Parent, LocalizedName Name, int? DefaultUnitId, bool IsLocal, string Keywords);
