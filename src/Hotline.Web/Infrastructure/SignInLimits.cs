namespace Hotline.Web.Infrastructure;

/// <summary>
/// How sign-in is held back (<c>Hotline:SignIn</c>): how many sign-in posts one client address may make in a window
/// (with the defaults, 10 per 15 minutes, the length of an account's lockout, one address can lock at most two accounts
/// at a time, however many names it tries; a person who mistypes a few times is never stopped), and the least time a
/// refusal takes.
/// </summary>
public sealed class SignInLimits
{
    public const string Section = "Hotline:SignIn";

    public int AttemptsPerAddress { get; set; } = 10;

    public TimeSpan AddressWindow { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// The least time a refused sign-in takes, whatever the reason: longer than verifying a password hash and recording
    /// a failure, so how long a refusal took says nothing about the account.
    /// </summary>
    public TimeSpan RefusalTime { get; set; } = TimeSpan.FromMilliseconds(300);
}
