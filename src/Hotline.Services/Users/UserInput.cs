using Hotline.Domain.Access;

namespace Hotline.Services.Users;

/// <summary>The administrator's user form. <see cref="Id"/> is empty for a new account; <see cref="UserName"/> is set
/// only then (it is the login and appears in logs).</summary>
public sealed class UserInput
{
    public string? Id { get; set; }

    public string? UserName { get; set; }

    public string? DisplayName { get; set; }

    public List<Role> Roles { get; set; } = [];

    public int? UnitId { get; set; }

    /// <summary>The account's concurrency stamp when the form was read: a save over someone else's is refused.</summary>
    public string? ConcurrencyStamp { get; set; }
}
