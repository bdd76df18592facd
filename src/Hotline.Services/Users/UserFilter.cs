using Hotline.Domain.Access;

namespace Hotline.Services.Users;

/// <summary>The user list's filter, bound from the query string.</summary>
public sealed class UserFilter
{
    /// <summary>Contained in the login or the display name.</summary>
    public string? Text { get; set; }

    public Role? Role { get; set; }

    public int? UnitId { get; set; }

    /// <summary>Null for everyone, true for active accounts, false for deactivated ones.</summary>
    public bool? Active { get; set; }

    public int Page { get; set; } = 1;
}
