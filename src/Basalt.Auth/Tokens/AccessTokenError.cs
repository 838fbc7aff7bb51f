namespace Basalt.Auth.Tokens;

/// <summary>
/// A refused token, with PostgREST's wording (its <c>Error.hs</c>) so that REST can answer with the same body and the
/// auth API can map the same kinds to its own codes. <see cref="Details"/> is set only where PostgREST sets it.
/// </summary>
public sealed record AccessTokenError(AccessTokenErrorKind Kind, string Message, string? Details)
{
    public static AccessTokenError Empty { get; } = Decode("Empty JWT is sent in Authorization header");

    public static AccessTokenError Parts(int count) => Decode($"Expected 3 parts in JWT; got {count}");

    public static AccessTokenError BadCrypto { get; } = Decode("JWT cryptographic operation failed");

    public static AccessTokenError Unsecured { get; } =
        new(AccessTokenErrorKind.Undecodable, "Wrong or unsupported encoding algorithm", "JWT is unsecured but expected 'alg' was not 'none'");

    public static AccessTokenError UnsupportedAlgorithm(string algorithm) =>
        new(AccessTokenErrorKind.Undecodable, "Wrong or unsupported encoding algorithm", $"Unsupported alg: {algorithm}");

    public static AccessTokenError NoSuitableKey { get; } =
        new(AccessTokenErrorKind.Undecodable, "No suitable key or wrong key type", "No suitable key was found to decode the JWT");

    public static AccessTokenError WrongKey { get; } =
        new(AccessTokenErrorKind.Undecodable, "No suitable key or wrong key type", "None of the keys was able to decode the JWT");

    public static AccessTokenError Expired { get; } = Claims("JWT expired");

    public static AccessTokenError NotYetValid { get; } = Claims("JWT not yet valid");

    public static AccessTokenError IssuedInFuture { get; } = Claims("JWT issued at future");

    public static AccessTokenError NotInAudience { get; } = Claims("JWT not in audience");

    public static AccessTokenError UnparsableClaims { get; } = Claims("Parsing claims failed");

    public static AccessTokenError NotANumber(string claim) => Claims($"The JWT '{claim}' claim must be a number");

    public static AccessTokenError AudienceNotStrings { get; } = Claims("The JWT 'aud' claim must be a string or an array of strings");

    private static AccessTokenError Decode(string message) => new(AccessTokenErrorKind.Undecodable, message, null);

    private static AccessTokenError Claims(string message) => new(AccessTokenErrorKind.InvalidClaims, message, null);
}
