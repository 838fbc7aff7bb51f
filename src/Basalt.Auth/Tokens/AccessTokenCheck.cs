using System.Diagnostics.CodeAnalysis;

namespace Basalt.Auth.Tokens;

/// <summary>What <see cref="AccessTokenValidator.Validate"/> returns: the claims or the error, never both.</summary>
public sealed record AccessTokenCheck
{
    private AccessTokenCheck(AccessClaims? claims, AccessTokenError? error)
    {
        Claims = claims;
        Error = error;
    }

    public AccessClaims? Claims { get; }

    public AccessTokenError? Error { get; }

    [MemberNotNullWhen(true, nameof(Claims))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsValid => Claims is not null;

    public static AccessTokenCheck Valid(AccessClaims claims) => new(claims, null);

    public static AccessTokenCheck Invalid(AccessTokenError error) => new(null, error);
}
