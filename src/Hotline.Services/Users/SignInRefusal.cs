namespace Hotline.Services.Users;

/// <summary>Why a sign-in was refused, as the audit log records it (the person signing in is told none of this).</summary>
public enum SignInRefusal
{
    WrongPassword = 1,
    LockedOut = 2,

    /// <summary>The account may not sign in (deactivated).</summary>
    NotAllowed = 3,

    /// <summary>No account has the name typed.</summary>
    UnknownUser = 4,
}
