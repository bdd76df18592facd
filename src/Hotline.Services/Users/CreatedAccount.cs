namespace Hotline.Services.Users;

/// <summary>A new account, or a reset one, with the one-time password to read to its owner (shown once, never stored).</summary>
public sealed record CreatedAccount(string Id, string UserName, string OneTimePassword);
