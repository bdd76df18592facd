namespace Hotline.Domain.Access;

/// <summary>
/// Who may hold which roles. One rule, used when an administrator saves an account and when the person signs in:
/// a liaison works for exactly one unit, and only liaisons are bound to a unit (hotline staff see every unit).
/// </summary>
public static class AccountRules
{
    public const string NoRole = "Users.Error.NoRole";
    public const string LiaisonNeedsUnit = "Users.Error.LiaisonNeedsUnit";
    public const string UnitOnlyForLiaisons = "Users.Error.UnitOnlyForLiaisons";
    public const string LiaisonOnly = "Users.Error.LiaisonOnly";

    /// <summary>The reason these roles and unit do not go together, or null when they do.</summary>
    public static string? Check(IReadOnlyCollection<Role> roles, int? unitId)
    {
        ArgumentNullException.ThrowIfNull(roles);
        if (roles.Count == 0)
        {
            return NoRole;
        }

        if (roles.Contains(Role.Liaison))
        {
            // A liaison who also held a hotline role would see every unit's tickets, defeating "only their unit".
            return roles.Count > 1 ? LiaisonOnly : unitId is null ? LiaisonNeedsUnit : null;
        }

        return unitId is null ? null : UnitOnlyForLiaisons;
    }
}
