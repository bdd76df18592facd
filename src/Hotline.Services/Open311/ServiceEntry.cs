using Hotline.Services.Common;

namespace Hotline.Services.Open311;

/// <summary>One Open311 service: an active leaf category, known by its stable code, grouped under its top-level category.</summary>
public sealed record ServiceEntry(string Code, LocalizedName Name, LocalizedName Group, bool IsLocal)
{
    /// <summary>Both languages' names of the service and its group, so a search in either finds it.</summary>
    public string Keywords => string.Join(", ", new[] { Name.Zh, Name.En, Group.Zh, Group.En }.Distinct());
}
