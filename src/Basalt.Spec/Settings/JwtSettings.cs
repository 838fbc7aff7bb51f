namespace Basalt.Spec.Settings;

public sealed record JwtSettings(string Secret, TimeSpan AccessTtl, TimeSpan RefreshTtl)
{
    /// <summary>The <c>iss</c> claim; defaults to the auth URL of the running server.</summary>
    public string? Issuer { get; init; }

    /// <summary>
    /// Asymmetric keys (<c>auth.jwt.signing_keys</c>), at most one of them current. Without a current one, access tokens
    /// are signed with HS256 and <see cref="Secret"/>, as Supabase does by default; HS256 tokens (the anon and service
    /// keys) verify either way.
    /// </summary>
    public IReadOnlyList<SigningKeySettings> SigningKeys { get; init; } = [];
}
