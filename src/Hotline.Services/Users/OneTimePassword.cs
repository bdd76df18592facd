using System.Security.Cryptography;

namespace Hotline.Services.Users;

/// <summary>A password an administrator reads to a person once ("Kx7m-Pq4r-Zt9w"): no look-alike characters, every
/// character class Identity asks for, and replaced by the person at their next sign-in.</summary>
public static class OneTimePassword
{
    private const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Lower = "abcdefghijkmnpqrstuvwxyz";
    private const string Digits = "23456789";

    public static string Generate()
    {
        const string all = Upper + Lower + Digits;
        while (true)
        {
            var groups = Enumerable.Range(0, 3).Select(_ => new string(Enumerable.Range(0, 4).Select(_ => all[RandomNumberGenerator.GetInt32(all.Length)]).ToArray()));
            var password = string.Join('-', groups);
            if (password.Any(Upper.Contains) && password.Any(Lower.Contains) && password.Any(Digits.Contains))
            {
                return password;
            }
        }
    }
}
