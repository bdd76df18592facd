using Microsoft.AspNetCore.Identity;

namespace Hotline.Services.Data;

/// <summary>A person who works in the hotline or in a member unit. Liaisons belong to exactly one unit. Nobody is
/// deleted: a deactivated account keeps its name on every timeline event it wrote.</summary>
public sealed class HotlineUser : IdentityUser
{
    public string DisplayName { get; set; } = string.Empty;

    public int? UnitId { get; set; }

    /// <summary>False once an administrator deactivated the account: it cannot sign in.</summary>
    public bool IsActive { get; set; } = true;

    /// <summary>Set by a password reset (a one-time password): the person chooses their own before anything else.</summary>
    public bool MustChangePassword { get; set; }

    public DateTimeOffset? LastSignInAt { get; set; }
}
