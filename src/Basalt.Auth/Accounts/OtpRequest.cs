using System.Text.Json.Nodes;

namespace Basalt.Auth.Accounts;

/// <summary>The body of <c>POST /otp</c> (auth-js <c>signInWithOtp</c>): <c>create_user</c> defaults to true, as in GoTrue.</summary>
public sealed record OtpRequest(string? Email, string? Phone, bool CreateUser, JsonObject? Data, string? RedirectTo)
{
    /// <summary>The challenge of a PKCE client: the mailed link then leads to a code (<see cref="MailPkce"/>).</summary>
    public PkceChallenge? Pkce { get; init; }
}
