using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Konscious.Security.Cryptography;

namespace Basalt.Auth.Passwords;

/// <summary>
/// Argon2id password hashes in the PHC string format that libsodium, argon2-cffi and GoTrue's own Argon2 support read:
/// <c>$argon2id$v=19$m=19456,t=2,p=1$&lt;salt&gt;$&lt;hash&gt;</c> (unpadded base64). Verification reads the parameters
/// from the stored string and compares in constant time.
/// </summary>
public sealed class PasswordHasher(Argon2idParameters parameters)
{
    private const string Prefix = "$argon2id$v=19$";

    // Hashed for unknown accounts, so that signing in as nobody costs what signing in as someone does.
    private readonly Lazy<string> decoy = new(() => HashWith(parameters, "decoy-password-for-unknown-users", RandomNumberGenerator.GetBytes(Argon2idParameters.SaltBytes)));

    public Argon2idParameters Parameters => parameters;

    public string Hash(string password) => HashWith(parameters, password, RandomNumberGenerator.GetBytes(Argon2idParameters.SaltBytes));

    /// <summary>True when <paramref name="password"/> matches <paramref name="encoded"/>; false for any other stored form.</summary>
    public bool Verify(string password, string? encoded)
    {
        if (encoded is null || Parse(encoded) is not { } stored)
        {
            // Same work either way: no timing difference between "no such user" and "wrong password".
            Verify(password, decoy.Value);
            return false;
        }
        var actual = Derive(stored.Parameters, password, stored.Salt, stored.Hash.Length);
        return CryptographicOperations.FixedTimeEquals(actual, stored.Hash);
    }

    /// <summary>Spends the time of a verification without a stored hash (an unknown email).</summary>
    public void VerifyDecoy(string password) => Verify(password, decoy.Value);

    private static string HashWith(Argon2idParameters p, string password, byte[] salt)
    {
        var hash = Derive(p, password, salt, Argon2idParameters.HashBytes);
        return string.Create(CultureInfo.InvariantCulture,
            $"{Prefix}m={p.MemoryKib},t={p.Iterations},p={p.Parallelism}${Unpadded(salt)}${Unpadded(hash)}");
    }

    private static byte[] Derive(Argon2idParameters p, string password, byte[] salt, int length)
    {
        using var argon = new Argon2id(Encoding.UTF8.GetBytes(password))
        {
            Salt = salt,
            MemorySize = p.MemoryKib,
            Iterations = p.Iterations,
            DegreeOfParallelism = p.Parallelism,
        };
        return argon.GetBytes(length);
    }

    private static (Argon2idParameters Parameters, byte[] Salt, byte[] Hash)? Parse(string encoded)
    {
        if (!encoded.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }
        var parts = encoded[Prefix.Length..].Split('$');
        if (parts.Length != 3)
        {
            return null;
        }
        int? m = null, t = null, p = null;
        foreach (var pair in parts[0].Split(','))
        {
            var kv = pair.Split('=', 2);
            if (kv.Length != 2 || !int.TryParse(kv[1], NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value <= 0)
            {
                return null;
            }
            switch (kv[0])
            {
                case "m": m = value; break;
                case "t": t = value; break;
                case "p": p = value; break;
                default: return null;
            }
        }
        // Bounds keep a tampered row from making one sign-in allocate gigabytes.
        if (m is not { } memory || t is not { } passes || p is not { } lanes || memory > 1024 * 1024 || passes > 64 || lanes > 16)
        {
            return null;
        }
        try
        {
            return (new Argon2idParameters(memory, passes, lanes), FromUnpadded(parts[1]), FromUnpadded(parts[2]));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static string Unpadded(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=');

    private static byte[] FromUnpadded(string text) => Convert.FromBase64String(text.PadRight(text.Length + (4 - text.Length % 4) % 4, '='));
}
