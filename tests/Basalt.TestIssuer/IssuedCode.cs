namespace Basalt.TestIssuer;

/// <summary>An authorization code waiting at <c>/token</c>, with what the request that made it asked for.</summary>
internal sealed record IssuedCode(TestUser User, string ClientId, string RedirectUri, string? Nonce, string? CodeChallenge, DateTimeOffset ExpiresAt);
