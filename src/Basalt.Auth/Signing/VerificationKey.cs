using Basalt.Spec.Settings;
using Microsoft.IdentityModel.Tokens;

namespace Basalt.Auth.Signing;

/// <summary>
/// The public half of a signing key, as verification and the JWKS need it: its <c>kid</c>, the one algorithm it verifies
/// (a token naming another is refused, so an RS256 header cannot be checked against an EC key), its rotation state,
/// and IdentityModel's key, whose signature providers are pooled and safe to share between requests.
/// </summary>
public sealed record VerificationKey(string KeyId, string Algorithm, SigningKeyStatus Status, AsymmetricSecurityKey SecurityKey);
