using System.Text.Json.Nodes;

namespace Basalt.Auth.Accounts;

/// <summary>The body of <c>POST /signup</c>: <c>data</c> becomes the user's <c>user_metadata</c>.</summary>
public sealed record SignUpRequest(string? Email, string? Password, JsonObject? Data, string? Phone = null, string? RedirectTo = null)
{
    /// <summary>The challenge of a PKCE client: the confirmation link then leads to a code (<see cref="MailPkce"/>).</summary>
    public PkceChallenge? Pkce { get; init; }
}
