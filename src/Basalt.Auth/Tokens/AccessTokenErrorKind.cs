namespace Basalt.Auth.Tokens;

/// <summary>
/// Why a token was refused, in PostgREST's two groups: the token could not be decoded or verified (PostgREST's
/// PGRST301), or it was verified but its registered claims make it unusable now (PGRST303).
/// </summary>
public enum AccessTokenErrorKind
{
    Undecodable,
    InvalidClaims,
}
