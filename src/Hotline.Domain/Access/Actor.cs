namespace Hotline.Domain.Access;

/// <summary>Who is acting: the user, the name shown in timelines, and the roles they hold.</summary>
public sealed record Actor(string UserId, string DisplayName, IReadOnlySet<Role> Roles)
{
    public bool Has(Role role) => Roles.Contains(role);
}
