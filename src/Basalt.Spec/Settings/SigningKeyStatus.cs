namespace Basalt.Spec.Settings;

/// <summary>
/// Where a signing key is in its rotation, as Supabase names the states: a <see cref="Standby"/> key is published in
/// the JWKS before it signs (so every verifier has it when it starts), the <see cref="Current"/> key signs new access
/// tokens, a <see cref="Previous"/> key only verifies the tokens it signed until they expire. A key removed from the
/// spec is revoked: its tokens are refused.
/// </summary>
public enum SigningKeyStatus
{
    Current,
    Standby,
    Previous,
}
