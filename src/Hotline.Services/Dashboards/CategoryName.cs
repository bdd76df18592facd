using Hotline.Services.Common;

namespace Hotline.Services.Dashboards;

/// <summary>A leaf category's name with its parent's, for "Utilities › Heating".</summary>
public sealed record CategoryName(LocalizedName Parent, LocalizedName Name);
