namespace Hotline.Services.Users;

/// <summary>Why a sign-in was refused, as the audit log records it.</summary>
public enum SignInRefusal
{
    WrongPassword = 1,
    LockedOut = 2,

    /// <summary>The account may not sign in (deactivated).</summary>
    NotAllowed = 3,
}
