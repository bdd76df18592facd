using System.Security.Cryptography;
using System.Text;

namespace Hotline.Domain.Channels;

/// <summary>
/// API keys look like <c>hk_AbCd2345_…</c> (an 8-character public prefix that finds the client, then a 32-character
/// secret). Only the SHA-256 of the whole key is stored: the keys are long random strings, so a fast hash is enough
/// (no dictionary to guess from), and the key is shown once, when it is issued.
/// </summary>
public static class ApiKey
{
    public const int PrefixLength = 8;
    public const int SecretLength = 32;
    public const int HashLength = 64;
    private const string Scheme = "hk_";
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    public static int Length => Scheme.Length + PrefixLength + 1 + SecretLength;

    /// <summary>A new random key.</summary>
    public static string New() =>
        $"{Scheme}{RandomNumberGenerator.GetString(Alphabet, PrefixLength)}_{RandomNumberGenerator.GetString(Alphabet, SecretLength)}";

    /// <summary>The public part of a well-formed key, which the stored client is found by.</summary>
    public static bool TryGetPrefix(string? key, out string prefix)
    {
        prefix = string.Empty;
        if (key is null || key.Length != Length || !key.StartsWith(Scheme, StringComparison.Ordinal) || key[Scheme.Length + PrefixLength] != '_')
        {
            return false;
        }

        prefix = key.Substring(Scheme.Length, PrefixLength);
        return true;
    }

    /// <summary>Lower-case hex SHA-256 of the key.</summary>
    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>Compares in constant time, so the answer's timing says nothing about how much of a guess was right.</summary>
    public static bool Matches(string key, string hash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(key)), Encoding.ASCII.GetBytes(hash));
}
