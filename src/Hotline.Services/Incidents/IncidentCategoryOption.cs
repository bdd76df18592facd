using Hotline.Services.Common;

namespace Hotline.Services.Incidents;

/// <summary>A category an incident may name: a group (<see cref="ParentId"/> empty, all its leaves) or a leaf.</summary>
public sealed record IncidentCategoryOption(int Id, LocalizedName Name, int? ParentId)
{
    public bool IsGroup => ParentId is null;
}
