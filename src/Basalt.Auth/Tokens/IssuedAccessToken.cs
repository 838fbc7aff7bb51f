namespace Basalt.Auth.Tokens;

/// <summary>A signed access token and when it expires (<c>expires_at</c>, <c>expires_in</c> of GoTrue's token response).</summary>
public sealed record IssuedAccessToken(string Token, DateTimeOffset ExpiresAt, int ExpiresIn);
