namespace Basalt.TestIssuer;

/// <summary>The account the issuer signs in next: its subject, address and whether the address counts as verified.</summary>
public sealed record TestUser(string Subject, string Email, bool EmailVerified, string Name)
{
    public static TestUser Default { get; } = new("idp-user-1", "oidc.user@example.com", true, "Oidc User");

    /// <summary>When set, <c>/authorize</c> answers <c>error=access_denied</c>, as a user pressing "Cancel" would.</summary>
    public bool Deny { get; init; }
}
