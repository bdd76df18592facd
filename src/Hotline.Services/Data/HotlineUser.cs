using Microsoft.AspNetCore.Identity;

namespace Hotline.Services.Data;

/// <summary>A person who works in the hotline or in a member unit. Liaisons belong to exactly one unit.</summary>
public sealed class HotlineUser : IdentityUser
{
    public string DisplayName { get; set; } = string.Empty;

    public int? UnitId { get; set; }
}
