using Basalt.Auth.Storage;

namespace Basalt.Auth.Mfa;

/// <summary>A new TOTP factor and what the authenticator app needs, shown this once: the base32 key, its URI and QR code.</summary>
public sealed record TotpEnrollment(MfaFactorRecord Factor, string Secret, string Uri, string QrSvg);
