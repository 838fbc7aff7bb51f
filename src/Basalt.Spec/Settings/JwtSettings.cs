namespace Basalt.Spec.Settings;

public sealed record JwtSettings(string Secret, TimeSpan AccessTtl, TimeSpan RefreshTtl)
{
    /// <summary>The <c>iss</c> claim; defaults to the auth URL of the running server.</summary>
    public string? Issuer { get; init; }
}
