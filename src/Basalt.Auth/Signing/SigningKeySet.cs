using System.Security.Cryptography;
using Basalt.Spec.Settings;
using Microsoft.IdentityModel.Tokens;

namespace Basalt.Auth.Signing;

/// <summary>
/// The keys of <c>auth.jwt</c>: the <see cref="Signer"/> of new access tokens (the current asymmetric key, else HS256
/// with the secret, as Supabase by default) and the public keys that verify tokens by <c>kid</c> — current, standby and
/// previous; a key no longer in the spec verifies nothing. The JWKS (<see cref="JwksDocument"/>) lists the same keys.
/// </summary>
public sealed class SigningKeySet
{
    private readonly Dictionary<string, VerificationKey> byKeyId;

    private SigningKeySet(ISigningKey signer, IReadOnlyList<VerificationKey> keys)
    {
        Signer = signer;
        Keys = keys;
        byKeyId = keys.ToDictionary(k => k.KeyId, StringComparer.Ordinal);
    }

    public ISigningKey Signer { get; }

    /// <summary>The asymmetric keys in spec order: what the JWKS publishes.</summary>
    public IReadOnlyList<VerificationKey> Keys { get; }

    /// <summary>Reads the spec's keys. The loader has already checked them; a bad one here (settings built by hand) throws without quoting the key.</summary>
    public static SigningKeySet From(JwtSettings jwt)
    {
        ArgumentNullException.ThrowIfNull(jwt);
        ISigningKey signer = new HmacSigningKey(jwt);
        var keys = new List<VerificationKey>();
        foreach (var settings in jwt.SigningKeys)
        {
            var key = SigningKeyPem.Import(settings.Algorithm, settings.PrivateKeyPem, out var problem)
                ?? throw new ArgumentException($"signing key '{settings.KeyId}': {problem}", nameof(jwt));
            // The verifying side gets the public half only, so a private operation on it cannot happen by mistake.
            AsymmetricSecurityKey publicKey = key switch
            {
                ECDsa ec => new ECDsaSecurityKey(PublicCopy(ec)) { KeyId = settings.KeyId },
                RSA rsa => new RsaSecurityKey(rsa.ExportParameters(false)) { KeyId = settings.KeyId },
                _ => throw new ArgumentException($"signing key '{settings.KeyId}': unsupported key type", nameof(jwt)),
            };
            keys.Add(new VerificationKey(settings.KeyId, settings.Algorithm, settings.Status, publicKey));
            if (settings.Status == SigningKeyStatus.Current)
            {
                signer = key switch
                {
                    ECDsa ec => new EcdsaSigningKey(settings.KeyId, ec),
                    _ => new RsaSigningKey(settings.KeyId, (RSA)key),
                };
            }
            else
            {
                key.Dispose();
            }
        }
        return new SigningKeySet(signer, keys);
    }

    /// <summary>The key with this <c>kid</c>, if the spec still has it.</summary>
    public VerificationKey? Find(string keyId) => byKeyId.GetValueOrDefault(keyId);

    private static ECDsa PublicCopy(ECDsa key)
    {
        var copy = ECDsa.Create();
        copy.ImportParameters(key.ExportParameters(false));
        return copy;
    }
}
